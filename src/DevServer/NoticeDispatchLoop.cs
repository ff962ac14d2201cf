using CourseFunctions.Core.Notifications;
using Microsoft.Extensions.Options;

namespace CourseFunctions.DevServer;

/// <summary>Locally, the stand-in for the dispatcher's timer: turns the outbox into queued deliveries every few seconds.</summary>
internal sealed class NoticeDispatchLoop(NoticeDispatcher dispatcher, IOptions<DevServerOptions> options, ILogger<NoticeDispatchLoop> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.DispatchSeconds));
        do
        {
            try
            {
                await dispatcher.DispatchAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage down or stalled: the markers stay, and the next tick tries again.
                logger.LogWarning("Notices not dispatched ({Error}: {Message}); trying again in {Seconds} s",
                    error.GetType().Name, error.Message, options.Value.DispatchSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
