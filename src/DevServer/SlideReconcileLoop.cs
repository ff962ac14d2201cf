using CourseFunctions.Core.Slides;
using Microsoft.Extensions.Options;

namespace CourseFunctions.DevServer;

/// <summary>
/// Locally, slides are indexed by reconciling every few seconds: Azurite raises no Event Grid events,
/// so this stands in for both the blob trigger and the timer of the Functions app.
/// </summary>
internal sealed class SlideReconcileLoop(SlideReconciler reconciler, IOptions<DevServerOptions> options, ILogger<SlideReconcileLoop> logger)
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
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage down or stalled (a timeout surfaces as a cancellation), or anything else: the next tick
                // tries again. Letting it escape would stop the whole host.
                logger.LogWarning("Slides not reconciled ({Error}: {Message}); trying again in {Seconds} s",
                    error.GetType().Name, error.Message, options.Value.ReconcileSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
