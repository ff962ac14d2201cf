using System.Text;
using CourseFunctions.Http.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace CourseFunctions.Functions.Tests;

/// <summary>The widget as the Function App serves it: the script embedded in Core, nothing from disk.</summary>
public class WidgetFunctionsTests
{
    [Fact]
    public async Task GetCourseWidget_serves_the_embedded_module_with_an_ETag()
    {
        var request = FunctionResults.NewRequest();

        var result = new WidgetFunctions(new WidgetApi()).GetCourseWidget(request);
        await result.ExecuteResultAsync(new ActionContext(request.HttpContext, new RouteData(), new ActionDescriptor()));

        var response = request.HttpContext.Response;
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", response.ContentType);
        Assert.False(string.IsNullOrEmpty(response.Headers.ETag));
        Assert.Contains("customElements.define", Encoding.UTF8.GetString(((MemoryStream)response.Body).ToArray()));
    }
}
