namespace CourseFunctions.Import;

/// <summary>
/// Reads a course page (al-folio and other Jekyll themes, Hugo, Quarto, Sphinx, Org, MDX, MyST, plain Markdown, HTML,
/// YAML data files) into a course and its sessions: front matter, the course facts, the description, literature and
/// evaluation sections, and the schedule, wherever and however it is written (<see cref="ImportPipeline"/>). It never
/// throws on odd content: whatever it cannot read becomes a warning with its line; only a page past a cap is refused
/// (<see cref="CoursePageException"/>).
/// </summary>
public static class CoursePageImporter
{
    /// <param name="cancellationToken">The time budget: checked between the stages and inside the readers' loops.</param>
    public static ImportResult Import(string page, ImportRequest options, CancellationToken cancellationToken = default) =>
        ImportPipeline.Run(page, options, cancellationToken);
}
