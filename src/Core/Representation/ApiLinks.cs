using System.Globalization;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Representation;

/// <summary>Every URL the API hands out, built from the API's public base (e.g. https://host/api).</summary>
public static class ApiLinks
{
    public static string Course(string baseUrl, string courseId) => $"{baseUrl}/courses/{courseId}";

    public static string Schedule(string baseUrl, string courseId) => $"{Course(baseUrl, courseId)}/schedule";

    public static string Calendar(string baseUrl, string courseId) => $"{Course(baseUrl, courseId)}/calendar.ics";

    /// <summary>The feed as webcal://, which opens the subscribe dialog in Apple Calendar and Outlook.</summary>
    public static string CalendarWebcal(string baseUrl, string courseId)
    {
        var https = Calendar(baseUrl, courseId);
        return "webcal" + https[https.IndexOf(':')..];
    }

    public static string SessionEvent(string baseUrl, string courseId, DateOnly date) =>
        $"{Course(baseUrl, courseId)}/sessions/{WireFormats.Date(date)}/event.ics";

    public static string Materials(string baseUrl, string courseId) => $"{Course(baseUrl, courseId)}/materials";

    public static string MaterialContent(string baseUrl, string courseId, string materialId) =>
        $"{Materials(baseUrl, courseId)}/{materialId}/content";

    /// <summary>A page of a deck: PDF viewers open the #page= fragment (RFC 8118) at that page.</summary>
    public static string MaterialPage(string baseUrl, string courseId, string materialId, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"{MaterialContent(baseUrl, courseId, materialId)}#page={page}");

    /// <summary>The routes' own base, for messages that name a route without the host: "/api".</summary>
    public const string RelativeBase = "/" + ApiRoutes.Prefix;

    /// <summary>A page of the audit log; <paramref name="after"/> is the cursor the previous page ended with.</summary>
    public static string AuditPage(string baseUrl, string courseId, int limit, string after) =>
        string.Create(CultureInfo.InvariantCulture, $"{Course(baseUrl, courseId)}/audit?limit={limit}&after={Uri.EscapeDataString(after)}");

    public static string Changes(string baseUrl, string courseId) => $"{Course(baseUrl, courseId)}/changes";

    public static string ChangesAtom(string baseUrl, string courseId) => $"{Course(baseUrl, courseId)}/changes.atom";

    /// <summary>A page of the change log; <paramref name="after"/> is the cursor the previous page ended with.</summary>
    public static string ChangesPage(string baseUrl, string courseId, int limit, string after) =>
        string.Create(CultureInfo.InvariantCulture, $"{Changes(baseUrl, courseId)}?limit={limit}&after={Uri.EscapeDataString(after)}");
}
