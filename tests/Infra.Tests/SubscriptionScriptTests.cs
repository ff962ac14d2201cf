using System.Diagnostics;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Infra.Tests;

/// <summary>
/// The postdeploy step (infra/scripts/create-slides-subscription.sh), run offline against a stub `az` on
/// PATH that behaves like a cold Functions host: the blobs_extension key is missing for the first reads,
/// and Event Grid's validation handshake fails at first.
/// </summary>
public sealed class SubscriptionScriptTests : IDisposable
{
    private const string Subscription = "00000000-1111-2222-3333-444444444444";
    private const string Key = "blobKey_abc-123==";

    // Logs every call; keys list fails (exit 1 or empty output) until its counter passes STUB_KEY_FAILURES;
    // the deployment fails until its counter passes STUB_DEPLOY_FAILURES, and records its parameters file.
    private const string StubAz = """
        #!/bin/sh
        echo "$*" >> "$STUB_DIR/calls"
        count() { n=$(cat "$STUB_DIR/$1" 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > "$STUB_DIR/$1"; echo "$n"; }
        case "$1 $2" in
          "account show") [ "${STUB_LOGGED_IN:-yes}" = yes ] || { echo "Please run 'az login'" >&2; exit 1; }; echo "$STUB_SUBSCRIPTION" ;;
          "functionapp keys")
            n=$(count keys)
            [ "$n" -gt "${STUB_KEY_FAILURES:-0}" ] && { echo "$STUB_KEY"; exit 0; }
            [ $((n % 2)) -eq 0 ] && exit 0
            echo "Encountered an error (ServiceUnavailable)" >&2; exit 1 ;;
          "deployment group")
            n=$(count deployments)
            for arg in "$@"; do case "$arg" in @*) cp "${arg#@}" "$STUB_DIR/parameters.json" ;; esac; done
            [ "$n" -gt "${STUB_DEPLOY_FAILURES:-0}" ] || { echo "Webhook validation handshake failed" >&2; exit 1; } ;;
        esac
        """;

    private readonly string _stubDirectory = Directory.CreateTempSubdirectory("coursefunctions-az-").FullName;

    public SubscriptionScriptTests()
    {
        // PATH holds the stub and the few tools the script uses, so a real az on this machine is never reached.
        var tools = Directory.CreateDirectory(Path.Combine(_stubDirectory, "tools")).FullName;
        foreach (var tool in new[] { "date", "mktemp", "chmod", "cat", "cp", "rm", "sleep", "dirname" })
            File.CreateSymbolicLink(Path.Combine(tools, tool), Directory.GetFiles("/usr/bin", tool).Concat(Directory.GetFiles("/bin", tool)).First());
        Directory.CreateDirectory(Path.Combine(_stubDirectory, "tmp"));
        var az = Path.Combine(_stubDirectory, "bin", "az");
        Directory.CreateDirectory(Path.GetDirectoryName(az)!);
        File.WriteAllText(az, StubAz.Replace("\r\n", "\n") + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => Directory.Delete(_stubDirectory, recursive: true);

    private string[] Calls(string verb) => File.Exists(Path.Combine(_stubDirectory, "calls"))
        ? File.ReadAllLines(Path.Combine(_stubDirectory, "calls")).Where(line => line.StartsWith(verb)).ToArray()
        : [];

    private (int ExitCode, string Output) Run(Dictionary<string, string?> environment, bool withAz = true)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root(), "infra/scripts/create-slides-subscription.sh"));
        start.Environment["PATH"] = (withAz ? Path.Combine(_stubDirectory, "bin") + ":" : "") + Path.Combine(_stubDirectory, "tools");
        start.Environment["TMPDIR"] = Path.Combine(_stubDirectory, "tmp");
        foreach (var (name, value) in new Dictionary<string, string?>
        {
            ["STUB_DIR"] = _stubDirectory, ["STUB_KEY"] = Key, ["STUB_SUBSCRIPTION"] = Subscription,
            ["AZURE_RESOURCE_GROUP"] = "rg-iasd2025", ["AZURE_FUNCTION_APP_NAME"] = "func-abc",
            ["EVENT_GRID_SYSTEM_TOPIC_NAME"] = "evgt-abc", ["AZURE_SUBSCRIPTION_ID"] = Subscription,
            ["KEY_POLL_SECONDS"] = "0", ["SUBSCRIBE_RETRY_SECONDS"] = "0", ["AZURE_CONFIG_DIR"] = _stubDirectory,
        }.Concat(environment))
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(30_000), "the script did not finish within 30 s");
        return (process.ExitCode, output.Result + errors.Result);
    }

    [Fact]
    public void Waits_for_the_key_then_subscribes_on_azds_subscription_with_the_key_in_a_file_not_on_the_command_line()
    {
        var (exitCode, output) = Run(new() { ["STUB_KEY_FAILURES"] = "4" });

        Assert.True(exitCode == 0, output);
        Assert.Equal(5, Calls("functionapp keys list").Length);
        var deployment = Assert.Single(Calls("deployment group create"));
        Assert.Contains($"--subscription {Subscription}", deployment);
        Assert.All(Calls("functionapp keys list"), call => Assert.Contains($"--subscription {Subscription}", call));
        Assert.DoesNotContain(Key, deployment);
        Assert.Contains($"\"value\": \"{Key}\"", File.ReadAllText(Path.Combine(_stubDirectory, "parameters.json")));
        Assert.Contains("slides-subscription.bicep", deployment);
        Assert.Empty(Directory.GetFiles(Path.Combine(_stubDirectory, "tmp"))); // the parameters file with the key is removed
    }

    [Fact]
    public void Retries_the_validation_handshake_and_gives_up_after_the_last_attempt()
    {
        Assert.Equal(0, Run(new() { ["STUB_DEPLOY_FAILURES"] = "2", ["SUBSCRIBE_ATTEMPTS"] = "3" }).ExitCode);
        Assert.Equal(3, Calls("deployment group create").Length);

        File.Delete(Path.Combine(_stubDirectory, "deployments"));
        var (exitCode, output) = Run(new() { ["STUB_DEPLOY_FAILURES"] = "9", ["SUBSCRIBE_ATTEMPTS"] = "3" });
        Assert.NotEqual(0, exitCode);
        Assert.Equal(6, Calls("deployment group create").Length);
        Assert.Contains("after 3 attempts", output);
    }

    [Fact]
    public void A_key_that_never_appears_fails_within_the_bounded_wait_and_says_what_to_run()
    {
        var watch = Stopwatch.StartNew();
        var (exitCode, output) = Run(new() { ["STUB_KEY_FAILURES"] = "1000000", ["KEY_WAIT_SECONDS"] = "2", ["KEY_POLL_SECONDS"] = "1" });
        Assert.NotEqual(0, exitCode);
        Assert.InRange(watch.Elapsed.TotalSeconds, 1, 20);
        Assert.Contains("did not appear within 2s", output);
        Assert.Contains("azd hooks run postdeploy", output);
        Assert.Empty(Calls("deployment group create"));
    }

    [Fact]
    public void Without_az_or_without_a_login_it_says_what_to_install_or_which_login_to_run()
    {
        var (noAzExit, noAzOutput) = Run([], withAz: false);
        Assert.NotEqual(0, noAzExit);
        Assert.Contains("Azure CLI (az) is not installed", noAzOutput);

        var (loggedOutExit, loggedOutOutput) = Run(new() { ["STUB_LOGGED_IN"] = "no" });
        Assert.NotEqual(0, loggedOutExit);
        Assert.Contains($"not signed in to subscription {Subscription}", loggedOutOutput);
        Assert.Contains("az login", loggedOutOutput);
        Assert.Empty(Calls("functionapp keys list"));
    }
}
