using CourseFunctions.Core.Courses;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// Course facts: each section by the words of its heading (information, description, evaluation, literature,
/// schedule), the title, the course id and the semester; and which tables stand where a schedule is.
/// </summary>
internal sealed class CourseFactsStage : IImportStage
{
    public string Name => "course facts";

    public void Run(ImportContext context)
    {
        var (frontMatter, sections, warnings) = (context.FrontMatter, context.Sections, context.Warnings);
        string? description = null, evaluation = null;
        IReadOnlyList<string> topics = [];
        IReadOnlyList<LiteratureItem> literature = [];
        // A page titled "Schedule" (a site's schedule page): its other sections are parts of the schedule ("## Unit 1",
        // "## Reading papyri"), and their tables, and those above the first section, are candidates too.
        var pageIsSchedule = new[] { frontMatter.GetString("title"), sections.FirstHeading }
            .Any(heading => heading is not null && SectionKinds.Of(heading) == SectionKind.Schedule);
        // Which of them holds the schedule is decided by their content, once the year is known.
        void AddScheduleTables(IEnumerable<Block> blocks)
        {
            foreach (var table in blocks.OfType<Table>())
                (WeekTableReader.IsWeekSchedule(table) ? context.WeekTables : context.ScheduleTables).Add(table);
        }
        if (pageIsSchedule) AddScheduleTables(sections.Intro);
        foreach (var section in sections.Sections)
        {
            context.ThrowIfCancelled();
            var kind = SectionKinds.Of(section.Heading);
            if (pageIsSchedule && kind is not (SectionKind.Schedule or SectionKind.Unknown)) AddScheduleTables(section.Blocks);
            switch (kind == SectionKind.Unknown && pageIsSchedule ? SectionKind.Schedule : kind)
            {
                case SectionKind.Information:
                    CourseInfoReader.Read(section.Blocks, context.Info, warnings);
                    context.InformationBlocks.AddRange(section.Blocks);
                    break;
                case SectionKind.Description:
                    var topicList = section.Blocks.OfType<ListBlock>().FirstOrDefault();
                    topics = topicList is null ? [] : topicList.Select(item => InlineText.Of(item).Text.TrimEnd('.')).ToList();
                    description = MarkdownSource(context.Source, section.Blocks.Where(block => block != topicList));
                    break;
                case SectionKind.Evaluation: evaluation = MarkdownSource(context.Source, section.Blocks); break;
                case SectionKind.Literature: literature = LiteratureReader.Read(section.Blocks); break;
                case SectionKind.Schedule: AddScheduleTables(section.Blocks); break;
                default:
                    warnings.AtMarkdownLine(section.Line, $"The section \"{section.Heading}\" is not one CourseFunctions imports; it was left out.");
                    break;
            }
        }

        // Else a '# Title', else the first heading that names no section of a course page ("Schedule" is no title).
        var title = frontMatter.GetString("title") ?? sections.FirstHeading
            ?? FallbackTitle(context, sections.Sections.FirstOrDefault(s => SectionKinds.Of(s.Heading) == SectionKind.Unknown)?.Heading);
        var permalink = frontMatter.GetString("permalink");
        CourseInfoReader.ReadParagraphs(sections.Intro, context.Info);
        var semester = context.Info.Semester ?? frontMatter.GetString("semester")
            ?? PageYears.JoinTerm(frontMatter.GetString("term"), frontMatter.GetString("year"));
        context.Facts = new CourseFactsRead(title, CourseIdFor(context, permalink, title), permalink, semester, description, evaluation, topics, literature);
    }

    /// <summary>A page without a title is imported all the same: under its first heading, else its file name, else its id.</summary>
    private static string FallbackTitle(ImportContext context, string? firstHeading)
    {
        var (title, from) = firstHeading is not null ? (firstHeading, "its first heading")
            : context.Request.FileName is { } file ? (Path.GetFileNameWithoutExtension(file), "its file name")
            : context.Request.CourseId is { } id ? (id, "its course id")
            : ("Untitled course", "a placeholder");
        context.Warnings.AtLine(null, $"The page has no 'title:' in its front matter; it was imported under {from}, \"{title}\". Add a title to choose it.");
        return title;
    }

    private static string CourseIdFor(ImportContext context, string? permalink, string title)
    {
        var requested = context.Request.CourseId;
        if (requested is not null)
            return CourseId.IsValid(requested) ? requested
                : throw new CoursePageException($"'{requested}' is not a valid course id: use letters, digits, '-' and '_', at most {CourseId.MaxLength}.");
        var lastSegment = permalink?.TrimEnd('/').Split('/').LastOrDefault();
        var fileName = Path.GetFileNameWithoutExtension(context.Request.FileName);
        return CourseId.FromName(lastSegment)
            ?? CourseId.FromName(context.FrontMatter.GetString("course_id"))
            ?? CourseId.FromName(fileName)
            ?? CourseId.FromName(title)
            ?? HashedId(context, string.IsNullOrWhiteSpace(fileName) ? title : fileName, string.IsNullOrWhiteSpace(fileName) ? "title" : "file name")
            ?? throw new CoursePageException("No course id could be derived from the page: pass one explicitly.");
    }

    /// <summary>
    /// A name written without Latin letters or digits ("课程安排.md") gives no slug: the id is a short hash of it instead,
    /// the same at every import of the page, with a warning that says how to choose a readable one.
    /// </summary>
    private static string? HashedId(ImportContext context, string name, string from)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name.Trim()));
        var id = "course-" + Convert.ToHexStringLower(hash)[..8];
        context.Warnings.AtLine(null, $"The page's {from} \"{WarningLog.Shown(name.Trim())}\" gives no course id in letters a URL keeps; "
            + $"it was imported as '{id}', a hash of it. Pass --course-id (or 'course_id:' in the front matter) to choose one.");
        return id;
    }

    private static string? MarkdownSource(string source, IEnumerable<Block> blocks)
    {
        var text = string.Join("\n\n", blocks.Select(block => source.Substring(block.Span.Start, block.Span.Length).Trim()));
        return text.Length == 0 ? null : text;
    }
}
