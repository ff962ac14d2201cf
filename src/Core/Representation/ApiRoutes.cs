namespace CourseFunctions.Core.Representation;

/// <summary>
/// The public routes, below the "api" prefix. Functions attributes and the DevServer both use these,
/// and a test checks that both hosts serve the same set.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "api";
    public const string Health = "health";
    public const string Courses = "courses";
    public const string Course = "courses/{courseId}";
    public const string Schedule = "courses/{courseId}/schedule";
    public const string Calendar = "courses/{courseId}/calendar.ics";
    public const string SessionEvent = "courses/{courseId}/sessions/{date}/event.ics";
    public const string Materials = "courses/{courseId}/materials";
    public const string MaterialContent = "courses/{courseId}/materials/{materialId}/content";
    public const string Search = "courses/{courseId}/search";
    public const string Session = "courses/{courseId}/sessions/{date}";
    public const string Import = "courses/{courseId}/import";
    public const string UploadUrl = "courses/{courseId}/slides/upload-url";
    public const string Audit = "courses/{courseId}/audit";
    public const string Changes = "courses/{courseId}/changes";
    public const string ChangesAtom = "courses/{courseId}/changes.atom";
    public const string Editors = "courses/{courseId}/editors";
    public const string Editor = "courses/{courseId}/editors/{editorId}";
    public const string Webhooks = "courses/{courseId}/webhooks";
    public const string Webhook = "courses/{courseId}/webhooks/{webhookId}";
    public const string Widget = "course-widget.js";

    /// <summary>Every route, each of which answers CORS preflights (OPTIONS).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Health, Courses, Course, Schedule, Calendar, SessionEvent, Materials, MaterialContent, Search, Session, Import, UploadUrl, Audit, Changes,
        ChangesAtom, Editors, Editor, Webhooks, Webhook, Widget,
    ];
}
