using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Representation;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Http;

/// <summary>The problem responses of the API, worded for the developer of a course website.</summary>
public static class ApiProblems
{
    public static ApiResult InvalidCourseId() => ApiResult.Problem(StatusCodes.Status400BadRequest, "Invalid course id",
        $"A course id has 1 to {CourseId.MaxLength} characters: letters, digits, '-' and '_', starting with a letter or digit.");

    public static ApiResult CourseNotFound(string courseId) => ApiResult.Problem(StatusCodes.Status404NotFound, "Course not found",
        $"There is no course '{courseId}'. GET /api/courses lists the courses.");

    /// <summary>The one answer to a {date} that is not a date, on every route that has one.</summary>
    public static ApiResult InvalidDate(string date) => ApiResult.ValidationProblem(new Dictionary<string, string[]>
    {
        ["date"] = [$"'{(date.Length > 40 ? date[..40] + "…" : date)}' is not a date that exists; name a session by its date as yyyy-MM-dd, e.g. 2025-01-10."],
    });

    public static ApiResult SessionNotFound(string courseId, DateOnly date) => ApiResult.Problem(StatusCodes.Status404NotFound, "Session not found",
        $"Course '{courseId}' has no session on {WireFormats.Date(date)}. GET {ApiLinks.Schedule(ApiLinks.RelativeBase, courseId)} lists its sessions.");

    public static ApiResult InvalidMaterialId() => ApiResult.Problem(StatusCodes.Status400BadRequest, "Invalid material id",
        "A material id is 16 lower-case hexadecimal characters, as the materials list gives it.");

    public static ApiResult MaterialNotFound(string courseId, string materialId) => ApiResult.Problem(StatusCodes.Status404NotFound, "Material not found",
        $"Course '{courseId}' has no ready material '{materialId}'. "
        + $"GET {ApiLinks.Materials(ApiLinks.RelativeBase, courseId)} lists its materials and their status.");

    /// <summary>The blob changed or went since it was indexed: the new version is served once it is indexed.</summary>
    public static ApiResult MaterialReplaced(string courseId, string materialId) => ApiResult.Problem(StatusCodes.Status503ServiceUnavailable,
        "Material being replaced", $"A new version of material '{materialId}' of course '{courseId}' was uploaded and is being indexed. Try again shortly.",
        new Dictionary<string, string> { ["Retry-After"] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static ApiResult InvalidQuery(string detail) => ApiResult.Problem(StatusCodes.Status400BadRequest, "Invalid search", detail);

    /// <summary>No credential, or one that is not (or no longer) valid: the same answer whether the course exists or not.</summary>
    public static ApiResult Unauthorized(string? why = null) => ApiResult.Problem(StatusCodes.Status401Unauthorized, "Credentials required",
        (why is null ? "" : why + " ")
        + $"Send the operator key in the {FunctionKey.Header} header (or the {FunctionKey.QueryParameter} query parameter), "
        + "or an editor's token as Authorization: Bearer.",
        new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer" });

    /// <summary>A valid credential that does not reach this: another course's editor, or an editor where only the operator may act.</summary>
    public static ApiResult Forbidden(string detail) => ApiResult.Problem(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static ApiResult UnsupportedMediaType(string[] mediaTypes) => ApiResult.Problem(StatusCodes.Status415UnsupportedMediaType,
        "Unsupported media type", $"Send the body as {string.Join(" or ", mediaTypes)}.");

    public static ApiResult BodyTooLarge(int maxBytes) => ApiResult.Problem(StatusCodes.Status413PayloadTooLarge,
        "Body too large", $"The body may have at most {maxBytes:N0} bytes.");

    /// <summary>The course is full: its state, not the request's form, is what stands in the way.</summary>
    public static ApiResult TooManySessions(SessionCapException error) => ApiResult.Problem(StatusCodes.Status409Conflict, "Too many sessions",
        $"{error.Message} Remove sessions, or raise the cap.");

    public static ApiResult InvalidBody(string detail) => ApiResult.Problem(StatusCodes.Status400BadRequest, "Invalid body", detail);

    public static ApiResult PreconditionRequired(bool mayCreate) => ApiResult.Problem(StatusCodes.Status428PreconditionRequired,
        "Precondition required",
        "Send If-Match with the ETag you read (or *), so that edits made meanwhile are not overwritten"
        + (mayCreate ? "; or If-None-Match: * to create." : "."));

    public static ApiResult PreconditionFailed() => ApiResult.Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed",
        "It was changed by someone else since you read it. Read it again, re-apply your edit, and send the new ETag.");

    /// <summary>Seconds a client should wait before trying again when storage does not answer.</summary>
    public const int RetryAfterSeconds = 5;

    public static ApiResult StorageUnavailable() => ApiResult.Problem(StatusCodes.Status503ServiceUnavailable, "Storage unavailable",
        "Course storage did not answer in time, and there is no copy of this in memory to serve instead. Try again shortly.",
        new Dictionary<string, string> { ["Retry-After"] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static ApiResult RouteNotFound() => ApiResult.Problem(StatusCodes.Status404NotFound, "Not found",
        "No API route matches this path. GET /api/courses lists the courses.");
}
