using CourseFunctions.Http.Cors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Moq;

namespace CourseFunctions.Functions.Tests;

/// <summary>In Azure the app answers CORS itself: the preflight function and the middleware on every response.</summary>
public class CorsFunctionsTests
{
    private const string Site = "https://teacher.github.io";
    private static readonly CorsPolicy Cors = new(Options.Create(new CorsOptions { AllowedOrigins = $" {Site}/ , https://other.example.org" }));

    /// <summary>A response feature that runs OnStarting callbacks when told, as a server does before the first byte.</summary>
    private sealed class StartingResponse : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _callbacks = [];
        public override void OnStarting(Func<object, Task> callback, object state) => _callbacks.Add((callback, state));
        public async Task StartAsync()
        {
            foreach (var (callback, state) in Enumerable.Reverse(_callbacks)) await callback(state);
        }
    }

    private static (HttpContext Context, StartingResponse Response) NewContext(string method, string? origin)
    {
        var response = new StartingResponse { Headers = new HeaderDictionary() };
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpResponseFeature>(response);
        context.Request.Method = method;
        if (origin is not null) context.Request.Headers.Origin = origin;
        return (context, response);
    }

    [Theory]
    [InlineData(Site, true)]
    [InlineData("https://evil.example", false)]
    [InlineData(null, false)]
    public async Task Preflight_grants_methods_and_headers_to_allowed_origins_only(string? origin, bool allowed)
    {
        var (context, _) = NewContext("OPTIONS", origin);
        var result = new CorsFunctions(Cors).PreflightImport(context.Request, "iasd2025");
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        Assert.Equal(204, context.Response.StatusCode);
        Assert.Equal(allowed ? origin : null, context.Response.Headers.AccessControlAllowOrigin.SingleOrDefault());
        Assert.Equal(allowed, context.Response.Headers.AccessControlAllowHeaders.ToString().Contains("If-Match"));
        Assert.Contains("Origin", context.Response.Headers.Vary.ToString());
    }

    private static Mock<FunctionContext> FunctionContextOf(HttpContext http)
    {
        var function = new Mock<FunctionContext>();
        function.SetupGet(c => c.Items).Returns(new Dictionary<object, object> { ["HttpRequestContext"] = http });
        return function;
    }

    [Fact]
    public async Task The_middleware_answers_a_preflight_without_running_the_function()
    {
        var (http, _) = NewContext("OPTIONS", Site);
        http.Response.Body = new MemoryStream();
        var ran = false;

        await new CorsMiddleware(Cors).Invoke(FunctionContextOf(http).Object, _ => { ran = true; return Task.CompletedTask; });

        Assert.False(ran); // a key-protected or storage-reading function never sees a preflight
        Assert.Equal(204, http.Response.StatusCode);
        Assert.Equal(Site, http.Response.Headers.AccessControlAllowOrigin);
    }

    [Theory]
    [InlineData(Site, true)]
    [InlineData("https://teacher.github.io.evil.example", false)]
    public async Task The_middleware_exposes_etag_and_location_to_allowed_origins_when_the_response_starts(string origin, bool allowed)
    {
        var (http, response) = NewContext("GET", origin);
        var ran = false;

        await new CorsMiddleware(Cors).Invoke(FunctionContextOf(http).Object, _ =>
        {
            ran = true;
            http.Response.Headers.Vary = "Accept-Encoding";
            return Task.CompletedTask;
        });
        await response.StartAsync();

        Assert.True(ran);
        Assert.Equal(allowed, http.Response.Headers.AccessControlAllowOrigin == origin);
        Assert.Equal(allowed, http.Response.Headers.AccessControlExposeHeaders.ToString().Contains("ETag"));
        Assert.Equal("Accept-Encoding,Origin", http.Response.Headers.Vary.ToString());
    }
}
