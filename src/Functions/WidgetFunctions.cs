using CourseFunctions.Http.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Functions;

/// <summary>The course widget script, for course sites that load it from the Function App.</summary>
public sealed class WidgetFunctions(WidgetApi api)
{
    [Function(nameof(GetCourseWidget))]
    public IActionResult GetCourseWidget(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Widget)] HttpRequest request) =>
        api.GetScript();
}
