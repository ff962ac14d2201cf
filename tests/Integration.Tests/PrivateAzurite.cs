using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// An Azurite of one test's own, on free ports with its data on disk, so that the test can pause it
/// (SIGSTOP), resume it, stop it and start it again without disturbing the suite's shared Azurite.
/// </summary>
public sealed class PrivateAzurite : IAsyncDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string _location = Directory.CreateTempSubdirectory("coursefunctions-azurite-").FullName;
    private readonly int _blob = FreePort(), _queue = FreePort(), _table = FreePort();
    private Process? _process;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:{_blob}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{_queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{_table}/devstoreaccount1;";

    public static async Task<PrivateAzurite> StartAsync()
    {
        var azurite = new PrivateAzurite();
        await azurite.StartAgainAsync();
        return azurite;
    }

    /// <summary>Starts Azurite on the same ports and data, after <see cref="StopAsync"/>.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root(), "node_modules/.bin/azurite"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--silent", "--skipApiVersionCheck", "--loose", "--location", _location,
                     "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
                     "--blobPort", $"{_blob}", "--queuePort", $"{_queue}", "--tablePort", $"{_table}" })
            start.ArgumentList.Add(arg);
        _process = Process.Start(start)!;
        var output = _process.StandardOutput.ReadToEndAsync();
        var errors = _process.StandardError.ReadToEndAsync();
        // Wide: on a loaded machine node takes long to start, and this wait is not what the tests measure.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!(Listening(_blob) && Listening(_queue) && Listening(_table)))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                var exited = _process.HasExited;
                // Not left running: a fixture whose start failed is never disposed.
                if (!exited) _process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"the private Azurite did not start (exited: {exited}): "
                    + (exited ? await output + await errors : "no answer within 120 s"));
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Freezes the process: connections stay open and nothing answers, as a stalled storage service does.</summary>
    public void Pause() => Signal("STOP");

    public void Resume() => Signal("CONT");

    /// <summary>Stops Azurite the way a restart does (SIGTERM, so it writes its data down), and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        Signal("CONT");
        Signal("TERM");
        if (!_process.WaitForExit(15_000)) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", $"{_process!.Id}"])!;
        kill.WaitForExit();
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_location, recursive: true); } catch (IOException) { }
    }
}
