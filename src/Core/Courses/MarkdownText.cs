namespace CourseFunctions.Core.Courses;

/// <summary>
/// Markdown as the instructor wrote it, with its HTML rendered once, when it is written (by the importer's
/// MarkdownRenderer). Reads never render: a text that cannot be rendered is refused at write time, so it can
/// never turn every later read into an error.
/// </summary>
public sealed record MarkdownText(string Markdown, string Html)
{
    /// <summary>Markdig's own nesting limit is 128; real course text nests a few levels.</summary>
    public const int MaxNesting = 32;

    /// <summary>
    /// A course description is a few paragraphs; the sanitiser's cost grows with the elements of the HTML (a page
    /// of 250,000 &lt;br&gt; took 14 s), and the text must fit a Table Storage property beside its HTML.
    /// </summary>
    public const int MaxLength = 20_000;
}
