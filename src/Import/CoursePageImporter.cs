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

    /// <summary>
    /// Pays the importer's one-time start (the CLDR month and weekday names of every language, the vocabulary's
    /// patterns) once per process, so that a page's time budget measures reading the page, not the process's first
    /// import, which a loaded machine can slow past the budget.
    /// </summary>
    public static void Prepare() => _ = Prepared.Value;

    private static readonly Lazy<bool> Prepared = new(() =>
    {
        ImportPipeline.Run("# Warm-up\n\n| Date | Topic |\n|---|---|\n| Mon 2 Feb 2026 | Start |\n", new ImportRequest(), CancellationToken.None);
        return true;
    });
}
