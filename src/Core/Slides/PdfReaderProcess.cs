using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using CourseFunctions.PdfReader;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Slides;

/// <summary>
/// Reads a PDF in a child process (CourseFunctions.PdfReader) with a deadline and a memory cap. A deck that
/// crashes the parser (PdfPig overflows its stack on some hostile files, uncatchably), hangs it or exhausts
/// its memory ends that process only; the host records the deck as failed and keeps serving. A thread with a
/// bigger stack would only move the limit, and a hang could not be stopped at all.
/// </summary>
public sealed class PdfReaderProcess(IOptions<SlidesOptions> options, ILogger<PdfReaderProcess> logger)
{
    public const string AssemblyFileName = "CourseFunctions.PdfReader.dll";

    /// <param name="path">The PDF, readable by another process.</param>
    /// <param name="onPage">Receives each page's reading, in order, as the child reads them.</param>
    /// <exception cref="UnreadableSlidesException">The PDF is unreadable, too large, too slow, or crashed the reader.</exception>
    public async Task<PdfSlideReader.Summary> ReadAsync(string path, Func<PageReading, Task> onPage, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var process = Process.Start(StartInfo(path, settings))
            ?? throw new InvalidOperationException("The PDF reader process could not be started.");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(settings.MaxSecondsPerDeck));
        var errors = ReadTailAsync(process.StandardError);
        PdfSlideReader.Summary? summary = null;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                // The child's text is not trusted to be well-formed UTF-16: a hostile PDF chooses it.
                var message = JsonSerializer.Deserialize<ReaderMessage>(line, ReaderMessage.Json)!;
                if (message.Error is { } error) throw new UnreadableSlidesException(SearchText.WellFormed(error));
                if (message.Page is { } number)
                    await onPage(new PageReading(number, SearchText.WellFormed(message.Text ?? ""),
                        message.Label is null ? null : SearchText.WellFormed(message.Label), message.Quality, message.ImageOnly == true));
                else if (message.PageCount is { } count)
                    summary = new PdfSlideReader.Summary(message.Title is null ? null : SearchText.WellFormed(message.Title), count);
            }
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new UnreadableSlidesException($"Reading the PDF took longer than {settings.MaxSecondsPerDeck} s, "
                + "far longer than a deck of slides needs; it was stopped.");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        if (summary is not null && process.ExitCode == 0) return summary;
        logger.LogWarning("The PDF reader stopped with exit code {ExitCode}: {Errors}", process.ExitCode, await errors);
        throw new UnreadableSlidesException("The PDF reader stopped on this file (it may be damaged, or built to crash readers). "
            + "Export the slides again and re-upload.");
    }

    /// <summary>
    /// What the child may see of this process's environment: where programs, the runtime and temporary files are, and the
    /// language. Nothing else: not the storage connection strings, the operator key's hash, or the managed identity's
    /// endpoint and header, which a reader taken over by a hostile PDF could otherwise use.
    /// </summary>
    private static readonly string[] InheritedVariables =
    [
        "PATH", "HOME", "TMPDIR", "TEMP", "TMP", "LANG", "LC_ALL", "DOTNET_ROOT", "DOTNET_ROOT_X64", "DOTNET_ROOT_ARM64",
        "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "SystemRoot", "windir",
    ];

    internal static ProcessStartInfo StartInfo(string path, SlidesOptions settings)
    {
        var reader = Path.Combine(AppContext.BaseDirectory, AssemblyFileName);
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(RuntimeConfig(reader));
        start.ArgumentList.Add(reader);
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(settings.MaxPagesPerDeck.ToString(CultureInfo.InvariantCulture));
        start.Environment.Clear();
        foreach (var name in InheritedVariables)
            if (Environment.GetEnvironmentVariable(name) is { } value) start.Environment[name] = value;
        // The GC refuses to grow past this, so a decompression bomb ends the child, not the machine.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (settings.MaxReaderMemoryMB * 1024L * 1024).ToString("X", CultureInfo.InvariantCulture);
        return start;
    }

    /// <summary>The dotnet host running this process, else the one beside the runtime in use, else dotnet on PATH.</summary>
    private static string DotnetHost()
    {
        var executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Path.GetFileName(Environment.ProcessPath) == executable) return Environment.ProcessPath!;
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        return File.Exists(Path.Combine(root, executable)) ? Path.Combine(root, executable) : executable;
    }

    /// <summary>The reader's own runtime config when it was deployed, else the host's: both run on the same runtime.</summary>
    private static string RuntimeConfig(string reader)
    {
        var own = Path.ChangeExtension(reader, ".runtimeconfig.json");
        if (File.Exists(own)) return own;
        var host = Directory.GetFiles(AppContext.BaseDirectory, "*.runtimeconfig.json").FirstOrDefault();
        return host ?? throw new FileNotFoundException($"No runtime config beside {reader}.");
    }

    /// <summary>The last few KB the child wrote to stderr (a crash's stack trace can be megabytes).</summary>
    private static async Task<string> ReadTailAsync(StreamReader stream)
    {
        var tail = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            tail.Append(buffer, 0, read);
            if (tail.Length > 8192) tail.Remove(0, tail.Length - 4096);
        }
        return tail.ToString();
    }
}
