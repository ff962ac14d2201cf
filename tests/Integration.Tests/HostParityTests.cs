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

    [Fact]
    public void DevServer_routes_equal_the_functions_metadata_routes()
    {
        var functions = FunctionsRoutes();
        Assert.NotEmpty(functions);
        Assert.Equal(functions.Order(), DevServerRoutes().Order());
    }
}
