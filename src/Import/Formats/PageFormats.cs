namespace CourseFunctions.Import;

/// <summary>
/// The page formats, in the order they run (as Markdig registers its extensions): front matter and data files first, then
/// what hides text (comments), then the page's markup language (the first that applies), then the tables. A new format is
/// a class implementing <see cref="IPageFormat"/> and one line here.
/// </summary>
internal static class PageFormats
{
    public static readonly IReadOnlyList<IPageFormat> All =
    [
        new JekyllSiteUrls(),
        new TomlFrontMatter(),
        new TomlDataFile(),
        new YamlDataFile(),
        new LiquidComments(),
        new KramdownAttributes(),
        new RestructuredText(),
        new OrgMode(),
        new AsciiDoc(),
        new MdxComponents(),
        new MystDirectives(),
        new CriticMarkup(),
        new HtmlTables(),
        new KramdownTables(),
        new LiquidPageLists(),
    ];

    /// <summary>Runs the filters and the page's markup format (not the templates) over the page, in order.</summary>
    public static string Convert(string source, string? fileName, CancellationToken cancellationToken)
    {
        var markupDone = false;
        foreach (var format in All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (format.Kind == PageFormatKind.Template || (format.Kind == PageFormatKind.Markup && markupDone)) continue;
            var page = new PageText(source, fileName, Cancellation: cancellationToken);
            if (!format.AppliesTo(page)) continue;
            source = format.Convert(page);
            markupDone |= format.Kind == PageFormatKind.Markup;
        }
        return source;
    }

    /// <summary>Fills the templates that read the front matter; the page as it was when none applies.</summary>
    public static string FillTemplates(string source, string? fileName, FrontMatter frontMatter, CancellationToken cancellationToken)
    {
        foreach (var format in All.Where(format => format.Kind == PageFormatKind.Template))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = new PageText(source, fileName, frontMatter, cancellationToken);
            if (format.AppliesTo(page)) source = format.Convert(page);
        }
        return source;
    }
}
