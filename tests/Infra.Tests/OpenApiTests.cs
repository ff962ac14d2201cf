using System.Text.Json;
using CourseFunctions.Tests.Shared;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace CourseFunctions.Infra.Tests;

/// <summary>openapi.yaml is valid and describes every HTTP route and method the Functions build declares.</summary>
public class OpenApiTests
{
    private static async Task<(OpenApiDocument Document, OpenApiDiagnostic Diagnostic)> LoadAsync()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        await using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Root(), "openapi.yaml"));
        var result = await OpenApiDocument.LoadAsync(stream, "yaml", settings);
        return (result.Document!, result.Diagnostic!);
    }

    [Fact]
    public async Task The_document_reads_without_errors_and_validates()
    {
        var (document, diagnostic) = await LoadAsync();
        Assert.Empty(diagnostic.Errors);
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
    }

    [Fact]
    public async Task Every_route_in_functions_metadata_is_documented_with_its_method()
    {
        var (document, _) = await LoadAsync();
        var metadata = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.FunctionsMetadata())).RootElement;
        var routes = metadata.EnumerateArray()
            .SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Where(b => b.GetProperty("type").GetString() == "httpTrigger")
            .SelectMany(b => b.GetProperty("methods").EnumerateArray().Select(m => (Route: "/" + b.GetProperty("route").GetString(), Method: m.GetString()!)))
            // CORS preflights are browser protocol, answered on every route, and HEAD is GET without the body
            // (RFC 9110 §9.3.2), as the document's description says: neither is an operation of its own.
            .Where(r => r.Method is not ("options" or "head"))
            .ToList();
        Assert.NotEmpty(routes);
        foreach (var (route, method) in routes)
        {
            Assert.True(document.Paths.TryGetValue(route, out var path), $"{route} is not in openapi.yaml");
            Assert.True(
                path!.Operations!.Keys.Any(k => string.Equals(k.Method, method, StringComparison.OrdinalIgnoreCase)),
                $"{method.ToUpperInvariant()} {route} is not in openapi.yaml");
        }
        Assert.Equal(routes.Count, document.Paths.Values.Sum(p => p.Operations!.Count));
    }
}
