using CourseFunctions.Http;
using CourseFunctions.Http.Api;
using CourseFunctions.Http.Auth;
using CourseFunctions.Http.Cors;
using CourseFunctions.Http.Webhooks;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.DevServer;

/// <summary>The DevServer's routes. Each mirrors one Azure Function and hands over to the same Core handler.</summary>
internal static class ApiEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>HEAD wherever GET is served (RFC 9110 §9.3.2): the same handler; the result leaves out the body.</summary>
    private static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, GetAndHead, handler);

    public static void MapCourseApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/" + ApiRoutes.Prefix);
        api.MapGetAndHead(ApiRoutes.Health, (HttpRequest request, CourseApi handler) => handler.GetHealthAsync(request));
        api.MapGetAndHead(ApiRoutes.Courses, (HttpRequest request, CourseApi handler) => handler.ListCoursesAsync(request));
        api.MapGetAndHead(ApiRoutes.Course, (HttpRequest request, string courseId, CourseApi handler) => handler.GetCourseAsync(request, courseId));
        api.MapGetAndHead(ApiRoutes.Schedule, (HttpRequest request, string courseId, CourseApi handler) => handler.GetScheduleAsync(request, courseId));
        api.MapGetAndHead(ApiRoutes.Calendar, (HttpRequest request, string courseId, CalendarApi handler) => handler.GetCalendarAsync(request, courseId));
        api.MapGetAndHead(ApiRoutes.Changes, (HttpRequest request, string courseId, ChangesApi handler) => handler.GetChangesAsync(request, courseId));
        api.MapGetAndHead(ApiRoutes.ChangesAtom, (HttpRequest request, string courseId, ChangesApi handler) => handler.GetChangesAtomAsync(request, courseId));
        api.MapGetAndHead(ApiRoutes.SessionEvent, (HttpRequest request, string courseId, string date, CalendarApi handler) =>
            handler.GetSessionEventAsync(request, courseId, date));
        api.MapGetAndHead(ApiRoutes.Materials, (HttpRequest request, string courseId, SlidesApi handler) => handler.ListMaterialsAsync(request, courseId));
        api.MapGetAndHead(ApiRoutes.MaterialContent, (HttpRequest request, string courseId, string materialId, SlidesApi handler) =>
            handler.DownloadAsync(request, courseId, materialId));
        api.MapGetAndHead(ApiRoutes.Search, (HttpRequest request, string courseId, SlidesApi handler) => handler.SearchAsync(request, courseId));
        api.MapGetAndHead(ApiRoutes.Session, (HttpRequest request, string courseId, string date, SessionApi handler) =>
            handler.GetSessionAsync(request, courseId, date));
        api.MapGetAndHead(ApiRoutes.Widget, (WidgetApi handler) => handler.GetScript());
        foreach (var route in ApiRoutes.All)
            api.MapMethods(route, [HttpMethods.Options], (HttpRequest request, CorsPolicy cors) => cors.Preflight(request));

        // As in Azure, the host checks no key: CourseAuthorization, in the API, checks the operator key and editors' tokens.
        api.MapPut(ApiRoutes.Course, (HttpRequest request, string courseId, CourseEditingApi handler) => handler.PutCourseAsync(request, courseId));
        api.MapDelete(ApiRoutes.Course, (HttpRequest request, string courseId, CourseEditingApi handler) => handler.DeleteCourseAsync(request, courseId));
        api.MapPut(ApiRoutes.Session, (HttpRequest request, string courseId, string date, SessionApi handler) =>
            handler.PutSessionAsync(request, courseId, date));
        api.MapPatch(ApiRoutes.Session, (HttpRequest request, string courseId, string date, SessionApi handler) =>
            handler.PatchSessionAsync(request, courseId, date));
        api.MapDelete(ApiRoutes.Session, (HttpRequest request, string courseId, string date, SessionApi handler) =>
            handler.DeleteSessionAsync(request, courseId, date));
        api.MapPost(ApiRoutes.Import, (HttpRequest request, string courseId, CourseEditingApi handler) => handler.ImportAsync(request, courseId));
        api.MapGetAndHead(ApiRoutes.Audit, (HttpRequest request, string courseId, AuditApi handler) => handler.GetAuditAsync(request, courseId));
        api.MapPost(ApiRoutes.UploadUrl, (HttpRequest request, string courseId, UploadLinkApi handler) => handler.CreateUploadUrlAsync(request, courseId));
        api.MapPost(ApiRoutes.Editors, (HttpRequest request, string courseId, EditorsApi handler) => handler.CreateAsync(request, courseId));
        api.MapGetAndHead(ApiRoutes.Editors, (HttpRequest request, string courseId, EditorsApi handler) => handler.ListAsync(request, courseId));
        api.MapDelete(ApiRoutes.Editor, (HttpRequest request, string courseId, string editorId, EditorsApi handler) =>
            handler.RevokeAsync(request, courseId, editorId));
        api.MapPost(ApiRoutes.Webhooks, (HttpRequest request, string courseId, WebhooksApi handler) => handler.CreateAsync(request, courseId));
        api.MapGetAndHead(ApiRoutes.Webhooks, (HttpRequest request, string courseId, WebhooksApi handler) => handler.ListAsync(request, courseId));
        api.MapDelete(ApiRoutes.Webhook, (HttpRequest request, string courseId, string webhookId, WebhooksApi handler) =>
            handler.DeleteAsync(request, courseId, webhookId));
        api.MapPatch(ApiRoutes.Webhook, (HttpRequest request, string courseId, string webhookId, WebhooksApi handler) =>
            handler.UpdateAsync(request, courseId, webhookId));
    }
}
