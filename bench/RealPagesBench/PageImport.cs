using System.Diagnostics;
using CourseFunctions.Import;

namespace CourseFunctions.RealPagesBench;

/// <summary>What the importer gave for one page, read as the command line reads it.</summary>
internal sealed record PageImport(ImportResult? Result, string? Failure, double Milliseconds)
{
    /// <summary>
    /// Imports in process with the options the CLI passes (its file name, so the extension picks the format; the
    /// default zone and time budget of <see cref="ImportOptions"/>; today's date). A page the importer refuses is a
    /// result without sessions; any other exception is a crash; a page still going after the budget is a timeout.
    /// </summary>
    public static PageImport Run(string file, DateOnly today)
    {
        var settings = new ImportOptions();
        var request = new ImportRequest { FileName = Path.GetFileName(file), Today = today, DefaultTimeZone = settings.DefaultTimeZone };
        var page = File.ReadAllText(file);
        var budget = TimeSpan.FromSeconds(settings.TimeBudgetSeconds);
        using var cancel = new CancellationTokenSource(budget);
        var watch = Stopwatch.StartNew();
        var work = Task.Run(() => CoursePageImporter.Import(page, request, cancel.Token));
        try
        {
            // A reader stuck inside one step does not see the token: stop waiting for it a little after the budget.
            if (!work.Wait(budget + TimeSpan.FromSeconds(2)))
                return new PageImport(null, $"timeout: still reading after {settings.TimeBudgetSeconds} s", watch.Elapsed.TotalMilliseconds);
            return new PageImport(work.Result, null, watch.Elapsed.TotalMilliseconds);
        }
        catch (AggregateException error) when (error.InnerException is CoursePageException refused)
        {
            return new PageImport(null, $"refused: {refused.Message}", watch.Elapsed.TotalMilliseconds);
        }
        catch (AggregateException error) when (error.InnerException is OperationCanceledException)
        {
            return new PageImport(null, $"timeout: cancelled after {settings.TimeBudgetSeconds} s", watch.Elapsed.TotalMilliseconds);
        }
        catch (AggregateException error)
        {
            var inner = error.InnerException ?? error;
            return new PageImport(null, $"crash: {inner.GetType().Name}: {inner.Message}", watch.Elapsed.TotalMilliseconds);
        }
    }

    public bool Crashed => Failure is not null && !Failure.StartsWith("refused", StringComparison.Ordinal);
}
