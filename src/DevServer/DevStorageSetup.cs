using CourseFunctions.Core.Editors;
using CourseFunctions.Core.Notifications;
using CourseFunctions.Import;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using Azure.Storage.Blobs.Specialized;
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
            await CreateSlidesContainerIfMissingAsync(cancellationToken);
            await webhooks.CreateTableIfMissingAsync(cancellationToken);
            await deliveries.CreateIfMissingAsync(cancellationToken);
            if (!options.Value.SeedSample || await store.GetCourseAsync(SampleCourseId, cancellationToken) is not null) return;
            // The sample keeps its one import warning on purpose: its class times read "9:00 AM - 12:15 AM", as course
            // pages do, and the import shows how it reads them (as 12:15 PM, and says so). It is counted, not a log warning.
            var outcome = await importer.ImportAsync(ReadSample(), SampleCourseId, SampleResource, dryRun: false, cancellationToken);
            logger.LogInformation("Imported the sample course {CourseId}: {Sessions} sessions, {Warnings} import warning(s)",
                SampleCourseId, outcome.Result.Sessions.Count, outcome.Result.Warnings.Count);
        }
        catch (Exception error) when (StorageFailure.Is(error))
        {
            logger.LogError("Storage is not reachable ({Message}); the API will answer 503 until it is.", error.Message);
        }
    }

    /// <summary>
    /// Creates the slides container unless a listing shows it. The Azure SDK logs every 4xx as a warning: the 409 of
    /// CreateIfNotExists for a container that exists (each start but the first), like the 404 of ExistsAsync for
    /// one that does not (the first); a listing answers 200 either way.
    /// </summary>
    private async Task CreateSlidesContainerIfMissingAsync(CancellationToken cancellationToken)
    {
        var container = slides.Container;
        var service = container.GetParentBlobServiceClient();
        await foreach (var existing in service.GetBlobContainersAsync(prefix: container.Name, cancellationToken: cancellationToken))
            if (existing.Name == container.Name) return;
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string ReadSample()
    {
        using var stream = typeof(DevStorageSetup).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException($"The sample course {SampleResource} is not embedded.");
        return new StreamReader(stream).ReadToEnd();
    }
}
