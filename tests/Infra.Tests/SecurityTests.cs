using System.Text.Json.Nodes;

namespace CourseFunctions.Infra.Tests;

/// <summary>What the compiled ARM JSON provisions: no secret anywhere, least privilege, Flex Consumption.</summary>
public class SecurityTests
{
    private static readonly JsonNode Main = Bicep.Build("main.bicep");
    private static readonly JsonNode Subscription = Bicep.Build("slides-subscription.bicep");

    [Fact]
    public void The_storage_account_refuses_keys_public_blobs_and_old_tls()
    {
        var properties = Bicep.OfType(Main, "Microsoft.Storage/storageAccounts").Single(r => r["existing"] is null)["properties"]!;
        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
    }

    [Fact]
    public void No_storage_key_is_read_anywhere()
    {
        var main = Main.ToJsonString();
        Assert.DoesNotContain("listKeys", main, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", main, StringComparison.OrdinalIgnoreCase);
        // The only key in the second step is the Functions host's blob-extension key, not a storage key.
        var subscription = Subscription.ToJsonString();
        var calls = subscription.Split("listKeys(").Skip(1).ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, call => Assert.Contains("/host/default", call[..Math.Min(call.Length, 200)]));
    }

    [Fact]
    public void The_app_gets_exactly_the_data_roles_it_needs_named_by_guid()
    {
        var roles = Bicep.OfType(Main, "Microsoft.Authorization/roleAssignments").ToList();
        Assert.NotEmpty(roles);
        Assert.All(roles, role => Assert.StartsWith("[guid(", (string?)role["name"]));
        var text = Main.ToJsonString();
        foreach (var roleId in new[]
        {
            "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner
            "974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor
            "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
            "3913510d-42f4-4e42-8a64-420c390055eb", // Monitoring Metrics Publisher
        })
            Assert.Contains(roleId, text);
        Assert.DoesNotContain("ba92f5b4-2d11-453d-a403-e96b0029c9fe", text); // Storage Blob Data Contributor would be redundant
        Assert.DoesNotContain("17d1049b-9a84-46fb-8f53-869881c3d3ab", text); // Storage Account Contributor can list keys
    }

    [Fact]
    public void The_app_runs_on_flex_consumption_with_dotnet_10_and_https_only()
    {
        var plan = Bicep.OfType(Main, "Microsoft.Web/serverfarms").Single();
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);

        var site = Bicep.OfType(Main, "Microsoft.Web/sites").Single(r => r["existing"] is null)["properties"]!;
        Assert.True((bool)site["httpsOnly"]!);
        var config = site["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.NotNull(config["scaleAndConcurrency"]!["instanceMemoryMB"]);
        Assert.NotNull(config["scaleAndConcurrency"]!["maximumInstanceCount"]);
    }

    [Fact]
    public void Cors_comes_from_a_parameter_with_no_wildcard_by_default()
    {
        var parameter = Main["parameters"]!["corsAllowedOrigins"]!;
        Assert.Equal("array", (string?)parameter["type"]);
        Assert.Empty(parameter["defaultValue"]!.AsArray());
        Assert.DoesNotContain("'*'", Main.ToJsonString());
    }

    [Fact]
    public void Application_insights_accepts_entra_id_only()
    {
        var insights = Bicep.OfType(Main, "Microsoft.Insights/components").Single(r => r["existing"] is null);
        Assert.True((bool)insights["properties"]!["DisableLocalAuth"]!);
        Assert.Contains("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", AppSettings.Names(Main));
    }

    [Fact]
    public void The_event_grid_subscription_feeds_the_blob_extension_webhook_for_the_slides_container()
    {
        var subscription = Bicep.OfType(Subscription, "Microsoft.EventGrid/systemTopics/eventSubscriptions").Single()["properties"]!;
        var types = subscription["filter"]!["includedEventTypes"]!.AsArray().Select(t => (string?)t).ToList();
        Assert.Equal(["Microsoft.Storage.BlobCreated", "Microsoft.Storage.BlobDeleted"], types);
        Assert.Contains("/blobServices/default/containers/", (string?)subscription["filter"]!["subjectBeginsWith"]);
        var endpoint = (string?)subscription["destination"]!["properties"]!["endpointUrl"];
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.", endpoint);
        Assert.Contains("blobs_extension", endpoint);
        Assert.Single(Bicep.OfType(Main, "Microsoft.EventGrid/systemTopics"));
    }

    [Fact]
    public void Outputs_give_the_deploy_steps_what_they_need()
    {
        var outputs = Main["outputs"]!.AsObject().Select(o => o.Key).ToList();
        Assert.Contains("AZURE_FUNCTION_APP_NAME", outputs);
        Assert.Contains("API_BASE_URL", outputs);
        Assert.Contains("AZURE_STORAGE_ACCOUNT_NAME", outputs);
        Assert.Contains("AZURE_RESOURCE_GROUP", outputs);
        Assert.Contains("EVENT_GRID_SYSTEM_TOPIC_NAME", outputs);
    }
}
