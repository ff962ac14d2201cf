using System.Text.Json;
using System.Text.Json.Serialization;
using CourseFunctions.Core.Courses;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Http.Editing;

/// <summary>
/// The body of PUT /api/courses/{courseId}: the course information, in the read API's names. It accepts what
/// GET returns, so an editor can change one field and send the rest back: description and evaluation may be
/// the read API's { markdown, html } objects, and the read-only id, links and updatedAt are accepted and ignored.
/// </summary>
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
    [property: JsonConverter(typeof(MarkdownFieldConverter))] string? Description,
    List<string>? Topics,
    [property: JsonConverter(typeof(MarkdownFieldConverter))] string? Evaluation,
    List<LiteratureResponse>? Literature,
    string? PageUrl,
    JsonElement? Id = null,
    JsonElement? Links = null,
    JsonElement? UpdatedAt = null,
    string? Culture = null,
    string? CancelledInCalendar = null);

/// <summary>
/// The body of PUT and PATCH /api/courses/{courseId}/sessions/{date}. Times are "HH:mm", local to the course, or
/// the read API's ISO 8601 date-times of that day. The read-only date, materials and links of a GET are accepted
/// and ignored, so what GET returns can be sent back.
/// </summary>
public sealed record SessionWrite(
    string? Start,
    string? End,
    string? Status,
    string? Kind,
    List<string>? Topics,
    string? Location,
    string? Note,
    JsonElement? Date = null,
    JsonElement? Materials = null,
    JsonElement? Links = null)
{
    public static SessionWrite From(Session session) => new(
        WireFormats.Time(session.Start),
        WireFormats.Time(session.End),
        SessionText.Status(session.Status),
        SessionText.Kind(session.Kind),
        [.. session.Topics],
        session.Location,
        session.Note);
}
