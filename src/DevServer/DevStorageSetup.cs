using CourseFunctions.Core.Editors;
using CourseFunctions.Core.Notifications;
using CourseFunctions.Import;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.DevServer;

/// <summary>
/// Prepares Azurite before the server listens: creates the tables, the slides container and the delivery queue, and imports
/// the sample course when missing.
/// In Azure, Bicep creates the table and the instructor imports the course. A storage failure here is
/// logged, not fatal, so that /api/health can report it.
/// </summary>
internal sealed class DevStorageSetup(
    TableCourseStore store, TableMaterialStore materials, EditorStore editors, SlideIndexer slides, CourseImportService importer,
    WebhookStore webhooks, DeliveryQueue deliveries,
    IOptions<DevServerOptions> options, ILogger<DevStorageSetup> logger) : IHostedService
{
    public const string SampleResource = "samples/iasd2025.md";
    public const string SampleCourseId = "iasd2025";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.CreateTableIfMissingAsync(cancellationToken);
            await materials.CreateTableIfMissingAsync(cancellationToken);
            await editors.CreateTableIfMissingAsync(cancellationToken);
            await slides.Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await webhooks.CreateTableIfMissingAsync(cancellationToken);
            await deliveries.CreateIfMissingAsync(cancellationToken);
            if (!options.Value.SeedSample || await store.GetCourseAsync(SampleCourseId, cancellationToken) is not null) return;
            var outcome = await importer.ImportAsync(ReadSample(), SampleCourseId, SampleResource, dryRun: false, cancellationToken);
            logger.LogInformation("Imported the sample course {CourseId}: {Sessions} sessions, {Warnings} import warning(s)",
                SampleCourseId, outcome.Result.Sessions.Count, outcome.Result.Warnings.Count);
        }
        catch (Exception error) when (StorageFailure.Is(error))
        {
            logger.LogError("Storage is not reachable ({Message}); the API will answer 503 until it is.", error.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string ReadSample()
    {
        using var stream = typeof(DevStorageSetup).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException($"The sample course {SampleResource} is not embedded.");
        return new StreamReader(stream).ReadToEnd();
    }
}
