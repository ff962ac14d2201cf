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
    public void No_key_is_read_by_a_template_and_the_blob_extension_key_comes_in_as_a_secure_parameter()
    {
        foreach (var template in new[] { Main, Subscription })
        {
            Assert.DoesNotContain("listKeys", template.ToJsonString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("AccountKey", template.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal("securestring", (string?)Subscription["parameters"]!["blobsExtensionKey"]!["type"]);
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

    /// <summary>
    /// Flex Consumption refuses site configuration it does not support (ftpsState: 400, ExtendedCode 51021, on
    /// newer stamps). The allow-list is what the official Flex samples send; platform CORS is not on it because
    /// the app answers CORS itself.
    /// </summary>
    [Fact]
    public void Site_config_holds_only_what_flex_consumption_accepts()
    {
        string[] accepted = ["alwaysOn"];
        var site = Bicep.OfType(Main, "Microsoft.Web/sites").Single(r => r["existing"] is null)["properties"]!;
        var siteConfig = site["siteConfig"]?.AsObject() ?? [];
        Assert.All(siteConfig.Select(p => p.Key), key => Assert.Contains(key, accepted));
        Assert.DoesNotContain(Bicep.OfType(Main, "Microsoft.Web/sites/config"), config => ((string?)config["name"])?.EndsWith("web") == true);
    }

    [Fact]
    public void The_operator_principal_type_comes_from_azd_and_may_be_left_to_azure()
    {
        var parameter = Main["parameters"]!["operatorPrincipalType"]!;
        Assert.Equal("", (string?)parameter["defaultValue"]);
        Assert.Equivalent(new[] { "", "User", "ServicePrincipal", "Group" }, parameter["allowedValues"]!.AsArray().Select(v => (string?)v));
        var given = JsonNode.Parse(File.ReadAllText(Path.Combine(Bicep.InfraDirectory, "main.parameters.json")))!["parameters"]!;
        Assert.Equal("${AZURE_PRINCIPAL_TYPE}", (string?)given["operatorPrincipalType"]!["value"]);
        var operatorRoles = Bicep.OfType(Main, "Microsoft.Resources/deployments")
            .Single(d => (string?)d["properties"]?["parameters"]?["principalId"]?["value"] == "[parameters('operatorPrincipalId')]");
        Assert.Equal("[parameters('operatorPrincipalType')]", (string?)operatorRoles["properties"]!["parameters"]!["principalType"]!["value"]);
    }

    [Fact]
    public void The_location_is_one_of_the_flex_consumption_regions_and_azd_asks_for_it()
    {
        var parameter = Main["parameters"]!["location"]!;
        var regions = parameter["allowedValues"]!.AsArray().Select(v => (string?)v).ToList();
        Assert.Contains("westeurope", regions);
        Assert.DoesNotContain("eastus2euap", regions); // a canary region, not for a course
        Assert.Equal("location", (string?)parameter["metadata"]!["azd"]!["type"]);
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
        Assert.Equal(["Microsoft.Storage.BlobCreated"], types); // the trigger drops deletes; the reconcile timer sees them
        Assert.Contains("blobsExtensionKey", (string?)subscription["destination"]!["properties"]!["endpointUrl"]);
        Assert.Contains("/blobServices/default/containers/", (string?)subscription["filter"]!["subjectBeginsWith"]);
        var endpoint = (string?)subscription["destination"]!["properties"]!["endpointUrl"];
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.", endpoint);
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
