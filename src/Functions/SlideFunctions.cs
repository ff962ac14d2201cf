using Azure.Storage.Blobs;
using CourseFunctions.Http.Api;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Functions;

/// <summary>Slide indexing (blob trigger and timer reconcile) and the slide endpoints, handed over to Core.</summary>
public sealed class SlideFunctions(SlideIndexer indexer, SlideReconciler reconciler, SlidesApi api, ILogger<SlideFunctions> logger)
{
    /// <summary>Event Grid is the only blob trigger source that Flex Consumption supports.</summary>
    [Function(nameof(IndexSlides))]
    public async Task IndexSlides(
        [BlobTrigger(SlidesOptions.DefaultContainerName + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = CourseStorageConnection.Name)]
        BlobClient blob,
        CancellationToken cancellationToken)
    {
        var outcome = await indexer.IndexAsync(blob.Name, cancellationToken);
        logger.LogInformation("Slides {Blob}: {Outcome}", blob.Name, outcome);
    }

    /// <summary>Catches deletes and missed events every five minutes.</summary>
    [Function(nameof(ReconcileSlides))]
    public async Task ReconcileSlides([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var summary = await reconciler.ReconcileAsync(cancellationToken);
        logger.LogInformation("Reconciled slides: {Summary}", summary);
    }

    [Function(nameof(ListMaterials))]
    public async Task<IActionResult> ListMaterials(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Materials)] HttpRequest request, string courseId) =>
        await api.ListMaterialsAsync(request, courseId);

    [Function(nameof(DownloadMaterial))]
    public async Task<IActionResult> DownloadMaterial(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.MaterialContent)] HttpRequest request,
        string courseId,
        string materialId) =>
        await api.DownloadAsync(request, courseId, materialId);

    [Function(nameof(SearchSlides))]
    public async Task<IActionResult> SearchSlides(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "options", Route = ApiRoutes.Search)] HttpRequest request, string courseId) =>
        await api.SearchAsync(request, courseId);
}
