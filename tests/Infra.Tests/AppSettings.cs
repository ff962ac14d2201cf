using System.Text.Json.Nodes;

namespace CourseFunctions.Infra.Tests;

/// <summary>The app settings a compiled template gives the function app.</summary>
internal static class AppSettings
{
    public static IReadOnlyList<string> Names(JsonNode template) =>
        Bicep.OfType(template, "Microsoft.Web/sites/config")
            .Where(config => ((string?)config["name"])?.Contains("appsettings") == true)
            .SelectMany(config => config["properties"]!.AsObject().Select(setting => setting.Key))
            .ToList();
}
