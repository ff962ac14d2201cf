using System.Globalization;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Http.Editing;

/// <summary>The body of PUT /api/courses/{courseId}: the course information, in the read API's names.</summary>
public sealed record CourseWrite(
    string? Title,
    string? ShortTitle,
    string? Institution,
    string? Program,
    List<InstructorResponse>? Instructors,
    string? Semester,
    string? TimeZone,
    List<ClassTimeResponse>? ClassTimes,
    string? Location,
    string? Description,
    List<string>? Topics,
    string? Evaluation,
    List<LiteratureResponse>? Literature,
    string? PageUrl);

/// <summary>The body of PUT and PATCH /api/courses/{courseId}/sessions/{date}. Times are "HH:mm", local to the course.</summary>
public sealed record SessionWrite(
    string? Start,
    string? End,
    string? Status,
    string? Kind,
    List<string>? Topics,
    string? Location,
    string? Note)
{
    public static SessionWrite From(Session session) => new(
        session.Start?.ToString("HH:mm", CultureInfo.InvariantCulture),
        session.End?.ToString("HH:mm", CultureInfo.InvariantCulture),
        session.Status == SessionStatus.Cancelled ? "cancelled" : "scheduled",
        session.Kind.ToString().ToLowerInvariant(),
        [.. session.Topics],
        session.Location,
        session.Note);
}
