namespace CourseFunctions.Import;

/// <summary>
/// The importer: the named stages a page goes through, in order. Normalise and parse make the page Markdown (through
/// the registered <see cref="PageFormats"/>); course facts reads the sections; class times and year read what the
/// sessions need; candidates asks every registered <see cref="ScheduleSources"/> part for the blocks that may be the
/// schedule; choose picks the one whose dates agree best; time zone decides the course's zone from what the page says;
/// sessions assembles the result. The class times come before the year because the weekdays they name are evidence of it.
/// </summary>
internal static class ImportPipeline
{
    public static readonly IReadOnlyList<IImportStage> Stages =
    [
        new NormaliseStage(),
        new ParseStage(),
        new CourseFactsStage(),
        new ClassTimesStage(),
        new YearStage(),
        new CandidatesStage(),
        new ChooseStage(),
        new TimeZoneStage(),
        new SessionsStage(),
    ];

    public static ImportResult Run(string page, ImportRequest request, CancellationToken cancellationToken)
    {
        var context = new ImportContext(page, request, cancellationToken);
        using var budget = ImportBudget.Enter(cancellationToken);
        foreach (var stage in Stages)
        {
            context.ThrowIfCancelled();
            stage.Run(context);
        }
        return context.Result!;
    }
}
