using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>
/// A page's text made well-formed, and parsed within the caps: no more pipes on a line than a table row has, no longer
/// runs of table lines than a schedule has. The page formats (<see cref="PageFormats"/>) run between the two.
/// </summary>
internal static class PageSource
{
    /// <summary>A table row has a few cells; Markdig's pipe-table parser takes time quadratic in the '|' of one line.</summary>
    public const int MaxPipesPerLine = 512;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseDefinitionLists()
        .Build();

    /// <summary>Well-formed UTF-16 with Unix line ends: what every page format expects.</summary>
    public static string Normalise(string page) => Core.Slides.SearchText.WellFormed(page).Replace("\r\n", "\n");

    /// <summary>
    /// Markdig's pipe-table parser takes time quadratic in the rows and cells of a table that has emphasis in it
    /// (10,000 rows: 8 s; 1,000 rows of 19 cells: 1.3 s of CPU; 500 rows: 0.3 s), so longer runs of table lines, and runs
    /// with more cells, are refused. The largest table among 172 real course pages has 112 lines and 798 cells
    /// (bench/real-pages), so the caps leave four times that and keep the slowest page within them well under a second.
    /// </summary>
    public const int MaxTableRows = 500;
    public const int MaxTableCells = 10_000;

    public static MarkdownDocument Parse(string source)
    {
        var line = 1;
        var pipes = 0;
        var (tableLines, tableCells) = (0, 0);
        foreach (var c in source)
        {
            if (c == '\n')
            {
                (tableLines, tableCells) = pipes > 0 ? (tableLines + 1, tableCells + pipes) : (0, 0);
                if (tableLines > MaxTableRows || tableCells > MaxTableCells)
                    throw new CoursePageException(
                        $"Line {line}: a table of more than {MaxTableRows:N0} rows or {MaxTableCells:N0} cells; a course schedule has far fewer.");
                (line, pipes) = (line + 1, 0);
            }
            else if (c == '|' && ++pipes > MaxPipesPerLine)
                throw new CoursePageException($"Line {line}: more than {MaxPipesPerLine} '|' on one line; a table row has far fewer cells.");
        }
        try
        {
            return Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException) // Markdig's depth limit: block quotes or lists nested over 128 deep
        {
            throw new CoursePageException("The page nests block quotes, lists or emphasis too deeply to be read; no course page needs that.");
        }
    }
}
