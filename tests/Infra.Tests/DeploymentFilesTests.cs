using System.Text.Json.Nodes;
using CourseFunctions.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace CourseFunctions.Infra.Tests;

/// <summary>The azd and az paths point at files that exist and parameters that main.bicep declares.</summary>
public class DeploymentFilesTests
{
    private static readonly string Root = RepositoryPaths.Root();

    [Fact]
    public void Azure_yaml_deploys_the_functions_project_and_runs_the_event_grid_step_after_it()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Root, "azure.yaml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var api = (YamlMappingNode)((YamlMappingNode)root["services"])["api"];
        Assert.Equal("function", api["host"].ToString());
        Assert.True(File.Exists(Path.Combine(Root, api["project"].ToString(), "Functions.csproj")));
        var hook = (YamlMappingNode)((YamlMappingNode)root["hooks"])["postdeploy"];
        foreach (var (platform, shell) in new[] { ("posix", "sh"), ("windows", "pwsh") })
        {
            var step = (YamlMappingNode)hook[platform];
            Assert.Equal(shell, step["shell"].ToString());
            var script = Path.Combine(Root, step["run"].ToString());
            Assert.True(File.Exists(script), script);
            Assert.Contains("slides-subscription.bicep", File.ReadAllText(script));
            Assert.Contains("AZURE_SUBSCRIPTION_ID", File.ReadAllText(script));
        }
    }

    [Fact]
    public void The_azd_parameters_are_parameters_of_main_bicep()
    {
        var declared = Bicep.Build("main.bicep")["parameters"]!.AsObject().Select(p => p.Key).ToHashSet();
        var given = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "infra/main.parameters.json")))!["parameters"]!.AsObject().Select(p => p.Key);
        Assert.All(given, name => Assert.Contains(name, declared));
    }

    /// <summary>The resource-group path (docs/deploying.md) deploys what main.bicep does: the same parameters, modules and outputs.</summary>
    [Fact]
    public void The_resource_group_template_keeps_in_step_with_main_bicep()
    {
        var main = Bicep.Build("main.bicep");
        var group = Bicep.Build("main.rg.bicep");
        static List<string> Keys(JsonNode node, string name) => [.. node[name]!.AsObject().Select(p => p.Key).Order()];
        Assert.Equal([.. Keys(main, "parameters"), "assignRoles"], Keys(group, "parameters").Where(k => k != "assignRoles").Append("assignRoles"));
        Assert.Equal(Keys(main, "outputs"), Keys(group, "outputs"));
        static List<string> Modules(string template) =>
            [.. System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(Root, "infra", template)), @"^module (\w+) '([^']+)'",
                System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}")];
        Assert.Equal(Modules("main.bicep"), Modules("main.rg.bicep"));
    }

    [Fact]
    public void The_second_step_script_passes_the_outputs_main_bicep_produces()
    {
        var outputs = Bicep.Build("main.bicep")["outputs"]!.AsObject().Select(o => o.Key).ToList();
        var shell = File.ReadAllText(Path.Combine(Root, "infra/scripts/create-slides-subscription.sh"));
        var pwsh = File.ReadAllText(Path.Combine(Root, "infra/scripts/create-slides-subscription.ps1"));
        foreach (var variable in new[] { "AZURE_RESOURCE_GROUP", "AZURE_FUNCTION_APP_NAME", "EVENT_GRID_SYSTEM_TOPIC_NAME" })
        {
            Assert.Contains(variable, outputs);
            Assert.Contains($"\"${variable}\"", shell);
            Assert.Contains($"$env:{variable}", pwsh);
        }
    }
}
