using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace CourseFunctions.Functions.Tests;

/// <summary>Runs what a function returned the way the Functions host does, against a plain HttpContext.</summary>
internal static class FunctionResults
{
    public static HttpRequest NewRequest(string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("app.example.net");
        context.Request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    public static async Task<(int Status, string ContentType, JsonElement Body)> ExecuteAsync(IActionResult result, HttpRequest request)
    {
        await result.ExecuteResultAsync(new ActionContext(request.HttpContext, new RouteData(), new ActionDescriptor()));
        var response = request.HttpContext.Response;
        return (response.StatusCode, response.ContentType!, JsonDocument.Parse(((MemoryStream)response.Body).ToArray()).RootElement);
    }
}
