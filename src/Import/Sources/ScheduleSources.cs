namespace CourseFunctions.Import;

/// <summary>
/// The schedule shapes, in the order they are asked (on a tie in the chooser the first wins). A new shape is a folder
/// under Sources/ with a class implementing <see cref="IScheduleSource"/>, and one line here.
/// </summary>
internal static class ScheduleSources
{
    public static readonly IReadOnlyList<IScheduleSource> All =
    [
        new TableSource(),
        new WeekGridSource(),
        new DayTableSource(),
        new ListSource(),
        new DefinitionListSource(),
        new HeadingSource(),
        new DatedLineSource(),
        new FrontMatterEntrySource(),
        new DataEntrySource(),
        new WeekOffsetSource(),
    ];
}
