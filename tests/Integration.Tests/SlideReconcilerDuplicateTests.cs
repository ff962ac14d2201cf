using Azure.Storage.Blobs;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// Two stored rows for one blob (its failure from before its course existed, and its reading since, when the indexer could
/// not remove the first) do not stop the reconciler: it keeps the course's row, removes the other, and both once the file goes.
/// </summary>
public sealed class SlideReconcilerDuplicateTests : IAsyncLifetime
{
    private const string BlobName = "iasd2025/2025-01-24-lazy.pdf";
    private readonly string _container = "slides" + Guid.NewGuid().ToString("N")[..12];
    private DevServerHost _host = null!;

    public async Task InitializeAsync() => _host = await DevServerHost.StartAsync(null,
        "--Slides:ContainerName", _container, "--CourseData:PagesTableName", TestStorage.NewTableName(), "--DevServer:ReconcileSeconds", "3600");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private T Service<T>() where T : notnull => _host.App.Services.GetRequiredService<T>();

    private async Task<List<SlideMaterial>> RowsOfTheBlobAsync() =>
        (await Service<IMaterialStore>().ListAllAsync(default)).Where(m => m.BlobName == BlobName).ToList();

    [Fact]
    public async Task A_blob_with_two_rows_is_reconciled_to_its_courses_row()
    {
        var container = Service<BlobServiceClient>().GetBlobContainerClient(_container);
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient(BlobName);
        await blob.UploadAsync(BinaryData.FromBytes(TestPdfs.Deck("Lazy training", "Kernel regime")));
        var reconciler = Service<SlideReconciler>();
        Assert.Equal(1, (await reconciler.ReconcileAsync(default)).Indexed);
        var etag = (await blob.GetPropertiesAsync()).Value.ETag.ToString();
        await Service<IMaterialStore>().SaveAsync(SlideMaterials.RecordFor(SlideLocation.Parse(BlobName), SlideLocation.UnassignedPartition, etag,
            DateTimeOffset.UtcNow) with { Status = MaterialStatus.Failed, Error = "There is no course 'iasd2025'." }, default);
        Assert.Equal(2, (await RowsOfTheBlobAsync()).Count);

        var summary = await reconciler.ReconcileAsync(default);

        Assert.Equal(new ReconcileSummary(0, 0, 1, 0), summary);
        var kept = Assert.Single(await RowsOfTheBlobAsync());
        Assert.Equal(("iasd2025", MaterialStatus.Ready), (kept.CourseId, kept.Status));

        await Service<IMaterialStore>().SaveAsync(SlideMaterials.RecordFor(SlideLocation.Parse(BlobName), SlideLocation.UnassignedPartition, etag,
            DateTimeOffset.UtcNow) with { Status = MaterialStatus.Failed, Error = "There is no course 'iasd2025'." }, default);
        await blob.DeleteAsync();
        Assert.Equal(2, (await reconciler.ReconcileAsync(default)).Removed);
        Assert.Empty(await RowsOfTheBlobAsync());
    }
}
