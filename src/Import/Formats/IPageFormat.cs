namespace CourseFunctions.Import;

/// <summary>What a page format does to the page: filters any page, converts a page of its markup, or fills templates.</summary>
internal enum PageFormatKind
{
    /// <summary>Rewrites a construct wherever it appears (Liquid comments, HTML tables); every filter that applies runs.</summary>
    Filter,

    /// <summary>The page's markup language (reStructuredText, Org, MDX, MyST): only the first in the list that applies converts the page.</summary>
    Markup,

    /// <summary>Fills what the page's front matter supplies ({{ page.days[0] }}): runs once the front matter is read.</summary>
    Template,
}

/// <summary>
/// The page as a format sees it: its text so far, its file name, its front matter once read (templates only), and the
/// import's budget, which a format's loop over lines or blocks checks.
/// </summary>
internal sealed record PageText(string Source, string? FileName, FrontMatter? FrontMatter = null, CancellationToken Cancellation = default);

/// <summary>
/// One page format the importer reads: it turns what it knows into the Markdown the schedule sources read, keeping every
/// line where it was so that warnings name the page's lines. Formats are registered, in order, in <see cref="PageFormats"/>.
/// </summary>
internal interface IPageFormat
{
    string Name { get; }

    PageFormatKind Kind { get; }

    /// <summary>Whether the page uses the format; cheap (a file extension, a marker), since every page asks every format.</summary>
    bool AppliesTo(PageText page);

    /// <summary>The page with the format's constructs turned into Markdown; linear in the page.</summary>
    string Convert(PageText page);
}
