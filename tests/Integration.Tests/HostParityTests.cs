using CourseFunctions.Tests.Shared;
using System.Net;
using System.Text.Json;
using CourseFunctions.DevServer;
using YamlDotNet.RepresentationModel;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// The DevServer must serve exactly the HTTP routes and methods that the Functions build declares, and check
/// credentials the same way: neither host checks a key itself; the API code both call does.
/// </summary>
public class HostParityTests
{
    private const string OperatorKey = "parity-operator-key";

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

    /// <summary>
    /// A route at AuthorizationLevel.Function would be checked by the Functions host before the app: Bearer tokens
    /// would be refused in Azure and accepted by the DevServer. So every HTTP function is anonymous at the host.
    /// </summary>
    [Fact]
    public void Every_http_function_is_anonymous_at_the_host_so_the_api_alone_decides()
    {
        var metadata = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.FunctionsMetadata())).RootElement;
        var triggers = metadata.EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "httpTrigger")
                .Select(b => (Function: f.GetProperty("name").GetString(), Level: b.GetProperty("authLevel").GetString())))
            .ToList();
        Assert.NotEmpty(triggers);
        Assert.All(triggers, trigger => Assert.True(trigger.Level == "Anonymous", $"{trigger.Function} is {trigger.Level} at the host"));
    }

    /// <summary>
    /// The operations openapi.yaml marks as needing a credential, as "METHOD api/route". An operation whose security
    /// list holds an empty requirement (<c>{}</c>) lets anonymous callers in (OpenAPI's optional credential, as the
    /// materials list does for editors), so it counts as public.
    /// </summary>
    private static List<string> SecuredOperations()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "openapi.yaml"))));
        var paths = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("paths")];
        var security = new YamlScalarNode("security");
        return [.. paths.Children.SelectMany(path => ((YamlMappingNode)path.Value).Children
            .Where(operation => operation.Value is YamlMappingNode body && body.Children.TryGetValue(security, out var requirements)
                && !((YamlSequenceNode)requirements).Children.Any(requirement => requirement is YamlMappingNode { Children.Count: 0 }))
            .Select(operation => $"{operation.Key.ToString().ToUpperInvariant()} api{path.Key}"))];
    }

    /// <summary>
    /// With every function anonymous at the Functions host, what answers a caller without a credential is the API
    /// code both hosts run: here the DevServer, on every route openapi.yaml secures, must say 401 without a key and
    /// with a wrong one, and let the operator key through; the public routes must not ask for one.
    /// </summary>
    [Fact]
    public async Task Every_secured_operation_is_401_without_a_credential_and_passes_with_the_operator_key_and_the_rest_is_public()
    {
        var secured = SecuredOperations();
        Assert.Contains("POST api/courses/{courseId}/editors", secured);
        await using var host = await DevServerHost.StartAsync(null, "--DevServer:EditKey", OperatorKey,
            "--CourseData:EditorsTableName", TestStorage.NewTableName());
        using var client = host.CreateClient();

        foreach (var operation in FunctionsRoutes().Where(r => !r.StartsWith("OPTIONS ") && !r.StartsWith("HEAD ")))
        {
            var (method, route) = (operation[..operation.IndexOf(' ')], operation[(operation.IndexOf(' ') + 1)..]);
            var path = "/" + route.Replace("{courseId}", "iasd2025").Replace("{date}", "2025-01-17")
                .Replace("{editorId}", "0123456789abcdef").Replace("{materialId}", "0123456789abcdef");
            async Task<HttpStatusCode> SendAsync(string? key)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (key is not null) request.Headers.Add("x-functions-key", key);
                using var response = await client.SendAsync(request);
                return response.StatusCode;
            }

            if (secured.Contains(operation))
            {
                Assert.True(await SendAsync(null) == HttpStatusCode.Unauthorized, $"{operation} without a credential");
                Assert.True(await SendAsync("wrong") == HttpStatusCode.Unauthorized, $"{operation} with a wrong key");
                Assert.True(
                    await SendAsync(OperatorKey) is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{operation} with the operator key");
            }
            else
            {
                Assert.True(await SendAsync(null) != HttpStatusCode.Unauthorized, $"{operation} is public in openapi.yaml but asked for a credential");
            }
        }
    }
}
