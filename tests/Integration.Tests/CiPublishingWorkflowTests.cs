using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CourseFunctions.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// The workflow file of docs/ci-publishing.md, run end to end: its step's script, under bash, asks the runner's token
/// endpoint (a local OIDC issuer standing in for GitHub's) for a token and imports the page into a running DevServer.
/// </summary>
public class CiPublishingWorkflowTests : IAsyncLifetime
{
    private const string OperatorKey = "operator-key-for-ci";
    private const string Audience = TrustedPublishingServer.Audience;
    private TrustedPublishingServer _server = null!;
    private string _checkout = null!;

    public async Task InitializeAsync()
    {
        _server = await TrustedPublishingServer.StartAsync(OperatorKey);
        _checkout = Directory.CreateTempSubdirectory("checkout").FullName;
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(_checkout, recursive: true);
        await _server.DisposeAsync();
    }

    private static YamlMappingNode Workflow()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "docs/ci-publishing.md"));
        var yaml = Regex.Match(doc, @"```yaml\n(?<file>name: Publish.*?)```", RegexOptions.Singleline).Groups["file"].Value;
        Assert.NotEmpty(yaml);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    private async Task RegisterAsync(string course)
    {
        using var response = await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/courses/{course}/editors")
        {
            Content = new StringContent(
                """{"name":"site CI","github":{"repository":"teacher/teacher.github.io","ref":"refs/heads/main"}}""",
                Encoding.UTF8, "application/json"),
            Headers = { { "x-functions-key", OperatorKey } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>The job's step script, run as the runner would: the job's env with the repository's variables filled in.</summary>
    private async Task<(int ExitCode, string Output)> RunStepAsync(YamlMappingNode workflow)
    {
        var job = At(workflow, "jobs", "publish");
        var env = ((YamlMappingNode)At(job, "env")).Children.ToDictionary(e => e.Key.ToString(), e => e.Value.ToString());
        var script = ((YamlSequenceNode)At(job, "steps")).Children.OfType<YamlMappingNode>()
            .Single(step => step.Children.ContainsKey(new YamlScalarNode("run"))).Children[new YamlScalarNode("run")].ToString();

        var page = Path.Combine(_checkout, env["PAGE"]);
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.Copy(Path.Combine(RepositoryPaths.Root(), "samples/iasd2025.md"), page, overwrite: true);

        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = _checkout, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["API"] = new Uri(_server.Host.BaseAddress, "api").AbsoluteUri.TrimEnd('/');
        start.Environment["AUDIENCE"] = Audience;
        start.Environment["COURSE"] = env["COURSE"];
        start.Environment["PAGE"] = env["PAGE"];
        start.Environment["ACTIONS_ID_TOKEN_REQUEST_URL"] = _server.Issuer.TokenRequestUrl;
        start.Environment["ACTIONS_ID_TOKEN_REQUEST_TOKEN"] = LocalOidcIssuer.RequestToken;
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token);
        return (process.ExitCode, await output + await errors);
    }

    [Fact]
    public async Task The_documented_workflow_asks_for_an_id_token_and_its_step_imports_the_page_as_the_trusted_publisher()
    {
        var workflow = Workflow();
        Assert.Equal("write", At(workflow, "permissions", "id-token").ToString());
        var course = At(workflow, "jobs", "publish", "env", "COURSE").ToString();
        await RegisterAsync(course);

        for (var run = 1; run <= 2; run++)
        {
            var (exitCode, output) = await RunStepAsync(workflow);
            Assert.True(exitCode == 0, $"run {run}: {output}");
            Assert.Contains("\"sessions\"", output); // the import report
        }

        using var audit = new HttpRequestMessage(HttpMethod.Get, $"/api/courses/{course}/audit") { Headers = { { "x-functions-key", OperatorKey } } };
        var imports = (await (await _server.Client.SendAsync(audit)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == "course.import").ToList();
        Assert.Equal(2, imports.Count);
        Assert.All(imports, entry => Assert.Equal("site CI", entry.GetProperty("editor").GetString()));
    }

    [Fact]
    public async Task The_same_step_run_from_another_branch_fails_and_imports_nothing()
    {
        var workflow = Workflow();
        var course = At(workflow, "jobs", "publish", "env", "COURSE").ToString();
        await RegisterAsync(course);
        _server.Issuer.RunClaims["ref"] = "refs/heads/experiment";

        var (exitCode, output) = await RunStepAsync(workflow);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("403", output);
        using var audit = new HttpRequestMessage(HttpMethod.Get, $"/api/courses/{course}/audit") { Headers = { { "x-functions-key", OperatorKey } } };
        var entries = (await (await _server.Client.SendAsync(audit)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries").EnumerateArray();
        Assert.DoesNotContain(entries, e => e.GetProperty("action").GetString() == "course.import");
    }
}
