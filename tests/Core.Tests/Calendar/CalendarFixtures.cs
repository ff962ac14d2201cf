using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Storage;
using CourseFunctions.Import;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Tests.Calendar;

internal static class CalendarFixtures
{
    public const string ApiBase = "https://api.example.edu/api";

    public static readonly DateTimeOffset Revision = new(2025, 1, 5, 12, 0, 0, TimeSpan.Zero);

    public static CourseCalendarWriter Writer(string uidDomain = "courses.example.edu") =>
        new(Options.Create(new CalendarOptions { UidDomain = uidDomain }));

    public static CourseSchedule Sample()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples/iasd2025.md"));
        var imported = CoursePageImporter.Import(page, new ImportRequest { Today = new DateOnly(2030, 1, 1) });
        return Schedule(imported.Course, imported.Sessions);
    }

    public static CourseSchedule Schedule(Course course, IEnumerable<Session> sessions, int sequence = 0) =>
        new(course, sessions.Select(s => new StoredSession(s, sequence, Revision)).ToList(), Revision);

    public static Course Course(string timeZone = "Europe/Paris") => new() { Id = "c1", Title = "Course", TimeZone = timeZone };

    public static Session Friday(DateOnly date, params string[] topics) =>
        new() { Date = date, Start = new TimeOnly(9, 0), End = new TimeOnly(12, 15), Topics = topics };
}
