using CourseFunctions.Tests.Shared;
using System.Text.Json;
using CourseFunctions.DevServer;

namespace CourseFunctions.Integration.Tests;

/// <summary>The DevServer must serve exactly the HTTP routes and methods that the Functions build declares.</summary>
public class HostParityTests
{
    private static HashSet<string> FunctionsRoutes()
    {
        var metadata = RepositoryPaths.FunctionsMetadata();
        var routes = new HashSet<string>();
        foreach (var function in JsonDocument.Parse(File.ReadAllText(metadata)).RootElement.EnumerateArray())
            foreach (var binding in function.GetProperty("bindings").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "httpTrigger"))
                foreach (var method in binding.GetProperty("methods").EnumerateArray())
                    routes.Add($"{method.GetString()!.ToUpperInvariant()} api/{binding.GetProperty("route").GetString()}");
        return routes;
    }

    private static HashSet<string> DevServerRoutes()
    {
        var app = DevServerApp.Build(["--CourseStorage", TestStorage.Unreachable]);
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>();
        return endpoints
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => $"{method} {endpoint.RoutePattern.RawText!.TrimStart('/')}"))
            .ToHashSet();
    }

    /// <summary>RFC 9110 requires HEAD wherever GET is served; browsers preflight every route a page calls with custom headers.</summary>
    [Fact]
    public void Every_get_route_answers_head_and_every_route_answers_options()
    {
        var routes = FunctionsRoutes();
        foreach (var get in routes.Where(r => r.StartsWith("GET ")))
            Assert.Contains("HEAD " + get[4..], routes);
        foreach (var route in routes.Select(r => r[(r.IndexOf(' ') + 1)..]).Distinct())
            Assert.Contains("OPTIONS " + route, routes);
    }

    [Fact]
    public void DevServer_routes_equal_the_functions_metadata_routes()
    {
        var functions = FunctionsRoutes();
        Assert.NotEmpty(functions);
        Assert.Equal(functions.Order(), DevServerRoutes().Order());
    }
}
