using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.DevServer;

/// <summary>
/// Locally, slides are indexed by reconciling every few seconds: Azurite raises no Event Grid events,
/// so this stands in for both the blob trigger and the timer of the Functions app.
/// </summary>
internal sealed class SlideReconcileLoop(SlideReconciler reconciler, IOptions<DevStorageOptions> options, ILogger<SlideReconcileLoop> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ReconcileSeconds));
        do
        {
            try
            {
                var summary = await reconciler.ReconcileAsync(stoppingToken);
                if (summary.Indexed + summary.Failed + summary.Removed + summary.Errors > 0)
                    logger.LogInformation("Slides reconciled: {Summary}", summary);
            }
            catch (Exception error) when (StorageFailure.Is(error))
            {
                logger.LogWarning("Slides not reconciled, storage is not reachable: {Message}", error.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
