using Azure.Data.Tables;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>Maps a course to its row: PartitionKey = course id, RowKey = <see cref="RowKey"/>.</summary>
internal static class CourseRecord
{
    public const string RowKey = "course";

    public static TableEntity ToEntity(Course course, string contentHash, DateTimeOffset scheduleModifiedAt) => new(course.Id, RowKey)
    {
        ["Title"] = course.Title,
        ["ShortTitle"] = course.ShortTitle,
        ["Institution"] = course.Institution,
        ["Program"] = course.Program,
        ["Instructors"] = StoredJson.Write(course.Instructors),
        ["Semester"] = course.Semester,
        ["TimeZone"] = course.TimeZone,
        ["ClassTimes"] = StoredJson.Write(course.ClassTimes.Select(StoredClassTime.From)),
        ["Location"] = course.Location,
        ["Description"] = course.Description?.Markdown,
        ["DescriptionHtml"] = course.Description?.Html,
        ["Topics"] = StoredJson.Write(course.Topics),
        ["Evaluation"] = course.Evaluation?.Markdown,
        ["EvaluationHtml"] = course.Evaluation?.Html,
        ["Literature"] = StoredJson.Write(course.Literature),
        ["PageUrl"] = course.PageUrl,
        ["UpdatedAt"] = course.UpdatedAt,
        ["Culture"] = course.Culture,
        ["CancelledInCalendar"] = course.CancelledInCalendar?.ToString(),
        ["ContentHash"] = contentHash,
        [ScheduleModifiedAt] = scheduleModifiedAt,
    };

    public const string ScheduleModifiedAt = "ScheduleModifiedAt";

    /// <summary>The hash of what the course says, not of when it was stored.</summary>
    public static string ContentHashOf(Course course) => ContentHash.Of(course with { UpdatedAt = default });

    public static DateTimeOffset ScheduleModifiedAtOf(TableEntity entity) =>
        entity.GetDateTimeOffset(ScheduleModifiedAt) ?? DateTimeOffset.UnixEpoch;

    public static Course ToCourse(TableEntity entity) => new()
    {
        Id = entity.PartitionKey,
        Title = entity.GetString("Title") ?? entity.PartitionKey,
        ShortTitle = entity.GetString("ShortTitle"),
        Institution = entity.GetString("Institution"),
        Program = entity.GetString("Program"),
        Instructors = StoredJson.Read<List<Instructor>>(entity.GetString("Instructors"), []),
        Semester = entity.GetString("Semester"),
        TimeZone = entity.GetString("TimeZone") ?? "UTC",
        ClassTimes = StoredJson.Read<List<StoredClassTime>>(entity.GetString("ClassTimes"), []).Select(c => c.ToClassTime()).ToList(),
        Location = entity.GetString("Location"),
        Description = StoredText(entity, "Description"),
        Topics = StoredJson.Read<List<string>>(entity.GetString("Topics"), []),
        Evaluation = StoredText(entity, "Evaluation"),
        Literature = StoredJson.Read<List<LiteratureItem>>(entity.GetString("Literature"), []),
        PageUrl = entity.GetString("PageUrl"),
        UpdatedAt = entity.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.UnixEpoch,
        Culture = entity.GetString("Culture"),
        CancelledInCalendar = Enum.TryParse<CancelledInCalendar>(entity.GetString("CancelledInCalendar"), out var cancelled) ? cancelled : null,
    };

    /// <summary>
    /// A Markdown text with the HTML rendered when it was written. Reads never render; a row written before the
    /// HTML was stored shows its Markdown as escaped text until it is written again.
    /// </summary>
    private static MarkdownText? StoredText(TableEntity entity, string name) => entity.GetString(name) is { Length: > 0 } markdown
        ? new MarkdownText(markdown, entity.GetString(name + "Html") ?? $"<p>{System.Net.WebUtility.HtmlEncode(markdown)}</p>")
        : null;

    /// <summary>Times as "HH:mm" text, so the stored JSON reads the way instructors write times.</summary>
    private sealed record StoredClassTime(DayOfWeek Day, string Start, string End)
    {
        public static StoredClassTime From(ClassTime time) => new(time.Day, WireFormats.Time(time.Start), WireFormats.Time(time.End));
        public ClassTime ToClassTime() => new(Day, WireFormats.ParseTime(Start), WireFormats.ParseTime(End));
    }
}
