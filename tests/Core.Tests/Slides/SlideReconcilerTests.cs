using CourseFunctions.Core.Courses;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CourseFunctions.Core.Tests.Slides;

/// <summary>A blob that keeps failing for reasons other than its content is retried a bounded number of times.</summary>
public class SlideReconcilerTests
{
    private const string BlobName = "iasd2025/2025-01-24-lazy.pdf";
    private readonly Mock<IMaterialStore> _materials = new();

    private SlideReconciler Reconciler()
    {
        var blob = new Mock<BlobClient>();
        blob.Setup(b => b.GetPropertiesAsync(It.IsAny<BlobRequestConditions>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(503, "Server busy"));
        var item = BlobsModelFactory.BlobItem(BlobName, properties: BlobsModelFactory.BlobItemProperties(accessTierInferred: false, eTag: new ETag("\"v1\"")));
        var container = new Mock<BlobContainerClient>();
        container.Setup(c => c.GetBlobsAsync(It.IsAny<GetBlobsOptions>(), It.IsAny<CancellationToken>()))
            .Returns(() => AsyncPageable<BlobItem>.FromPages([Page<BlobItem>.FromValues([item], null, Mock.Of<Response>())]));
        container.Setup(c => c.GetBlobClient(BlobName)).Returns(blob.Object);
        var service = new Mock<BlobServiceClient>();
        service.Setup(s => s.GetBlobContainerClient(It.IsAny<string>())).Returns(container.Object);
        _materials.Setup(m => m.ListAllAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var options = Options.Create(new SlidesOptions());
        var reader = new PdfReaderProcess(options, NullLogger<PdfReaderProcess>.Instance);
        var indexer = new SlideIndexer(service.Object, _materials.Object, Mock.Of<ICourseStore>(), reader, options,
            TimeProvider.System, NullLogger<SlideIndexer>.Instance);
        return new SlideReconciler(indexer, _materials.Object, options, TimeProvider.System, NullLogger<SlideReconciler>.Instance);
    }

    [Fact]
    public async Task After_the_last_attempt_the_blob_is_recorded_as_failed_and_the_pass_goes_on()
    {
        var reconciler = Reconciler();
        for (var pass = 1; pass < SlideReconciler.MaxAttempts; pass++)
        {
            Assert.Equal(new ReconcileSummary(0, 0, 0, 1), await reconciler.ReconcileAsync(default));
            _materials.Verify(m => m.SaveAsync(It.IsAny<SlideMaterial>(), It.IsAny<CancellationToken>()), Times.Never);
        }

        await reconciler.ReconcileAsync(default);

        _materials.Verify(m => m.SaveAsync(It.Is<SlideMaterial>(material =>
            material.BlobName == BlobName && material.Status == MaterialStatus.Failed && material.BlobETag == "\"v1\""
            && material.Error!.Contains($"after {SlideReconciler.MaxAttempts} attempts")), It.IsAny<CancellationToken>()), Times.Once);
    }
}
