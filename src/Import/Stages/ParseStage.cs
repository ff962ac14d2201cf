using Markdig.Syntax;
using Markdig.Extensions.Yaml;

namespace CourseFunctions.Import;

/// <summary>
/// Parse: the Markdown document within the caps, its front matter, and the page's sections. Templates that need the
/// front matter ({{ page.days[0] }}) are filled once it is read, and the page parsed again.
/// </summary>
/// <exception cref="CoursePageException">The page is past a cap: too many pipes on a line, nested too deeply, front matter too large.</exception>
internal sealed class ParseStage : IImportStage
{
    public string Name => "parse";

    public void Run(ImportContext context)
    {
        context.Document = PageSource.Parse(context.Source);
        context.FrontMatter = context.Document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? FrontMatter.Parse(yaml.Lines.ToString(), yaml.Line + 2, context.Warnings)
            : FrontMatter.None;
        var filled = PageFormats.FillTemplates(context.Source, context.Request.FileName, context.FrontMatter, context.Cancellation);
        if (!ReferenceEquals(filled, context.Source))
        {
            context.Source = filled;
            context.Document = PageSource.Parse(filled);
        }
        context.Sections = new PageSections(context.Document);
        (context.PageLanguage, context.LanguageSource) = Languages.Of(context.StatedLanguageCode) is { } stated ? (stated, "the front matter's 'lang:'")
            : context.StatedLanguageCode is not null ? (null, null)
            : (LanguageDetector.Detect(context.Source, context.Cancellation), "its words");
    }
}
