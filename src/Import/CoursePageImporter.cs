namespace CourseFunctions.Import;

/// <summary>
/// Reads a course page (al-folio and other Jekyll themes, Hugo, Quarto, Sphinx, plain Markdown) into a course and its
/// sessions: front matter, the course facts, the description, literature and evaluation sections, and the schedule,
/// wherever and however it is written. It never throws on odd content: whatever it cannot read becomes a warning with
/// its line; only a page past a cap is refused (<see cref="CoursePageException"/>).
/// </summary>
public static class CoursePageImporter
{
    /// <param name="cancellationToken">Checked between the reading steps, each of which is linear in the page within the caps.</param>
    public static ImportResult Import(string page, ImportRequest options, CancellationToken cancellationToken = default) =>
        new CoursePageImport(page, options, cancellationToken).Run();
}
