using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CourseFunctions.Core.Notifications;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using CourseFunctions.Http;
using CourseFunctions.Http.Cors;
using CourseFunctions.Import;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Infra.Tests;

/// <summary>Setting names in code and in Bicep must agree: renaming one without the other fails here.</summary>
public class SettingsConsistencyTests
{
    private static readonly JsonNode Main = Bicep.Build("main.bicep");
    private static readonly IReadOnlyList<string> Settings = AppSettings.Names(Main);
    private static readonly JsonElement Metadata = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.FunctionsMetadata())).RootElement;

    /// <summary>The Connection of every trigger and binding in the Functions build.</summary>
    private static IEnumerable<string> BindingConnections() => Metadata.EnumerateArray()
        .SelectMany(function => function.GetProperty("bindings").EnumerateArray())
        .Where(binding => binding.TryGetProperty("connection", out _))
        .Select(binding => binding.GetProperty("connection").GetString()!)
        .Distinct();

    [Fact]
    public void Every_binding_connection_is_set_up_identity_based()
    {
        var connections = BindingConnections().ToList();
        Assert.Contains(CourseStorageConnection.Name, connections);
        foreach (var connection in connections)
        {
            // The worker-side blob binding resolves the account from __blobServiceUri (not __serviceUri);
            // the Event Grid blob trigger keeps receipts in queues.
            string[] keys =
            [
                CourseStorageConnection.Keys.Credential, CourseStorageConnection.Keys.ClientId, CourseStorageConnection.Keys.BlobServiceUri,
                "queueServiceUri",
            ];
            foreach (var key in keys)
                Assert.Contains($"{connection}__{key}", Settings);
            Assert.DoesNotContain(connection, Settings); // a plain name would be a connection string, with a key in it
        }
    }

    [Fact]
    public void The_connection_core_reads_has_every_key_core_reads()
    {
        foreach (var key in typeof(CourseStorageConnection.Keys).GetFields().Select(field => (string)field.GetValue(null)!))
            Assert.Contains($"{CourseStorageConnection.Name}__{key}", Settings);
    }

    [Fact]
    public void The_host_storage_is_identity_based()
    {
        foreach (var key in new[] { "credential", "clientId", "blobServiceUri", "queueServiceUri", "tableServiceUri" })
            Assert.Contains($"AzureWebJobsStorage__{key}", Settings);
        Assert.DoesNotContain("AzureWebJobsStorage", Settings);
    }

    [Fact]
    public void Every_option_setting_in_bicep_names_a_real_option_of_the_app()
    {
        // The options classes live in the three layers the hosts are built from.
        var options = new[] { typeof(CourseDataOptions).Assembly, typeof(ImportOptions).Assembly, typeof(ApiOptions).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => (Type: type, Section: type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string))
            .Where(o => o.Section is not null)
            .ToDictionary(o => o.Section!, o => o.Type);
        var optionSettings = Settings
            .Where(name => name.Contains("__") && !name.StartsWith("AzureWebJobsStorage__") && !name.StartsWith(CourseStorageConnection.Name + "__"))
            .ToList();
        Assert.NotEmpty(optionSettings);
        foreach (var setting in optionSettings)
        {
            var (section, key) = (setting[..setting.IndexOf("__")], setting[(setting.IndexOf("__") + 2)..]);
            Assert.True(options.TryGetValue(section, out var type), $"{setting}: no options class has section '{section}'");
            Assert.True(type.GetProperty(key) is not null, $"{setting}: {type.Name} has no property '{key}'");
        }
    }

    /// <summary>The Bicep list of course websites reaches the app's own CORS (platform CORS stays off) in the one
    /// setting CorsOptions reads, in the form it parses.</summary>
    [Fact]
    public void The_cors_origins_of_bicep_are_the_setting_the_app_parses()
    {
        var setting = $"{CorsOptions.SectionName}__{nameof(CorsOptions.AllowedOrigins)}";
        Assert.Contains(setting, Settings);
        var value = Bicep.OfType(Main, "Microsoft.Web/sites/config").Select(c => (string?)c["properties"]?[setting]).Single(v => v is not null);
        Assert.Equal("[join(parameters('corsAllowedOrigins'), ',')]", value);
        var parsed = new CorsOptions { AllowedOrigins = string.Join(",", ["https://teacher.github.io", "https://courses.example.edu"]) }.Origins();
        Assert.Equivalent(new[] { "https://teacher.github.io", "https://courses.example.edu" }, parsed);
    }

    /// <summary>Links in responses are built on this setting, never on the caller's Host: Bicep sets it to the app's own https name.</summary>
    [Fact]
    public void The_public_base_url_is_set_from_the_apps_default_hostname()
    {
        var setting = $"{ApiOptions.SectionName}__{nameof(ApiOptions.PublicBaseUrl)}";
        Assert.Contains(setting, Settings);
        var value = Bicep.OfType(Main, "Microsoft.Web/sites/config").Select(c => (string?)c["properties"]?[setting]).Single(v => v is not null)!;
        Assert.StartsWith("[format('https://{0}/api'", value);
        Assert.Contains("defaultHostName", value);
    }

    /// <summary>The worker turns its telemetry on only when the connection string is set (ApplicationInsightsSetup), and
    /// the resource refuses keys: both settings must reach the app, the second naming the app's identity.</summary>
    [Fact]
    public void The_function_app_gets_the_application_insights_settings_with_identity_authentication()
    {
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", Settings);
        var authentication = Bicep.OfType(Main, "Microsoft.Web/sites/config")
            .Select(c => (string?)c["properties"]?["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]).Single(v => v is not null);
        Assert.StartsWith("[format('ClientId={0};Authorization=AAD'", authentication);
    }

    [Fact]
    public void Tables_and_container_names_match_the_code_defaults()
    {
        var variables = Main["variables"]!;
        Assert.Equal(new CourseDataOptions().TableName, (string?)variables["coursesTableName"]);
        Assert.Equal(new CourseDataOptions().PagesTableName, (string?)variables["pagesTableName"]);
        Assert.Equal(new CourseDataOptions().EditorsTableName, (string?)variables["editorsTableName"]);
        Assert.Equal(SlidesOptions.DefaultContainerName, (string?)variables["slidesContainerName"]);
        Assert.Equal(new NotificationsOptions().WebhooksTableName, (string?)variables["webhooksTableName"]);
    }

    /// <summary>The queue Bicep creates is the one the queue trigger reads, through a connection set up identity-based.</summary>
    [Fact]
    public void The_delivery_queue_is_the_queue_triggers_and_the_setting_the_app_reads()
    {
        var variables = Main["variables"]!;
        Assert.Equal(NotificationsOptions.DefaultQueueName, (string?)variables["deliveryQueueName"]);
        var trigger = Metadata.EnumerateArray().SelectMany(f => f.GetProperty("bindings").EnumerateArray())
            .Single(b => b.GetProperty("type").GetString() == "queueTrigger");
        Assert.Equal(NotificationsOptions.DefaultQueueName, trigger.GetProperty("queueName").GetString());
        Assert.Equal(CourseStorageConnection.Name, trigger.GetProperty("connection").GetString());
        Assert.Contains($"{NotificationsOptions.SectionName}__{nameof(NotificationsOptions.QueueName)}", Settings);
        var queues = Bicep.OfType(Main, "Microsoft.Storage/storageAccounts/queueServices/queues").ToList();
        Assert.Single(queues);
    }

    /// <summary>The DevServer's delivery loop sets a message aside after as many receptions as the Functions host does.</summary>
    [Fact]
    public void The_devservers_poison_threshold_is_the_functions_hosts()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "host.json")))!;
        Assert.Equal(DeliveryQueue.MaxDequeueCount, (int?)host["extensions"]?["queues"]?["maxDequeueCount"]);
    }

    [Fact]
    public void The_event_grid_step_targets_the_blob_triggered_function_and_its_container()
    {
        var trigger = Metadata.EnumerateArray()
            .Single(f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == "blobTrigger"));
        var path = trigger.GetProperty("bindings").EnumerateArray()
            .Single(b => b.GetProperty("type").GetString() == "blobTrigger")
            .GetProperty("path").GetString()!;
        var parameters = Bicep.Build("slides-subscription.bicep")["parameters"]!;
        Assert.Equal(trigger.GetProperty("name").GetString(), (string?)parameters["functionName"]!["defaultValue"]);
        Assert.Equal(path[..path.IndexOf('/')], (string?)parameters["slidesContainerName"]!["defaultValue"]);
    }
}
