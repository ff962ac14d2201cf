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
        if (Languages.Of(context.StatedLanguageCode) is { } stated)
            (context.PageLanguage, context.LanguageSource, context.LanguageSteersZone) = (stated, "the front matter's 'lang:'", true);
        else if (context.StatedLanguageCode is null && FileNameLanguage(context.Request.FileName) is var (named, suffix))
            (context.PageLanguage, context.LanguageSource, context.LanguageSteersZone) = (named, $"the file name's '.{suffix}'", true);
        else if (context.StatedLanguageCode is null && LanguageDetector.Detect(context.Source, context.Cancellation) is { } guess)
            (context.PageLanguage, context.LanguageSource, context.LanguageSteersZone) = (guess.Language, guess.Evidence, guess.Strong);
    }

    /// <summary>The language a multilingual site's file name states: Hugo's "schedule.pl.md", "README.zh-CN.md".</summary>
    private static (PageLanguage Language, string Suffix)? FileNameLanguage(string? fileName)
    {
        var parts = Path.GetFileName(fileName ?? "").Split('.');
        return parts.Length >= 3 && parts[^2] is { Length: >= 2 } suffix && suffix.All(c => char.IsAsciiLetter(c) || c is '-' or '_')
            && Languages.Of(suffix) is { } language ? (language, suffix) : null;
    }
}
