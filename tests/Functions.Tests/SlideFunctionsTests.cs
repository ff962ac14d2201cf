using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CourseFunctions.Core.Courses;
using CourseFunctions.Http.Api;
using CourseFunctions.Http;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Azure.Data.Tables;
using CourseFunctions.Core.Editors;
using CourseFunctions.Http.Auth;

namespace CourseFunctions.Functions.Tests;

/// <summary>The slide endpoints called as plain methods, with storage faked.</summary>
public class SlideFunctionsTests
{
    private readonly Mock<ICourseStore> _courses = new(MockBehavior.Strict);
    private readonly Mock<IMaterialStore> _materials = new(MockBehavior.Strict);

    private SlideFunctions Functions(Mock<BlobServiceClient>? blobService = null)
    {
        var blobs = blobService ?? new Mock<BlobServiceClient>();
        var options = new ApiOptions { PublicBaseUrl = "https://api.example.edu/api" };
        var api = new SlidesApi(CoreApis.Serving(_courses.Object, options), _materials.Object, new SlideSearchService(_courses.Object, _materials.Object,
            Options.Create(new CourseFunctions.Core.Reading.ReadModelOptions()), TimeProvider.System, new CourseChanges()), blobs.Object,
            new BlobLinks(blobs.Object, TimeProvider.System), CoreApis.Execution(options),
            new CourseAuthorization(CoreApis.Execution(options),
                new EditorStore(new Mock<TableServiceClient>().Object, Options.Create(new CourseDataOptions())),
                new GitHubTokens(Options.Create(new AuthOptions()), NullLogger<GitHubTokens>.Instance, TimeProvider.System), Options.Create(new AuthOptions())),
            _courses.Object, TimeProvider.System, Options.Create(options), Options.Create(new SlidesOptions()));
        return new SlideFunctions(null!, null!, api, NullLogger<SlideFunctions>.Instance);
    }

    [Fact]
    public async Task ListMaterials_shows_failed_uploads_with_their_reason()
    {
        _courses.Setup(c => c.GetScheduleVersionAsync("iasd2025", It.IsAny<CancellationToken>())).ReturnsAsync(DateTimeOffset.UnixEpoch);
        _courses.Setup(c => c.GetScheduleAsync("iasd2025", It.IsAny<CancellationToken>())).ReturnsAsync(
            new CourseSchedule(new Course { Id = "iasd2025", Title = "Deep learning", TimeZone = "Europe/Paris" }, [], DateTimeOffset.UnixEpoch)
            {
                Materials = [new SlideMaterial
                {
                    Id = "0123456789abcdef", CourseId = "iasd2025", BlobName = "iasd2025/x.pdf", FileName = "x.pdf",
                    Status = MaterialStatus.Failed, Error = "The file is empty.",
                }],
            });
        var request = FunctionResults.NewRequest();

        var (status, _, body) = await FunctionResults.ExecuteAsync(await Functions().ListMaterials(request, "iasd2025"), request);

        Assert.Equal(200, status);
        var material = body.GetProperty("materials")[0];
        Assert.Equal("failed", material.GetProperty("status").GetString());
        Assert.Equal("The file is empty.", material.GetProperty("error").GetString());
        Assert.Equal("https://api.example.edu/api/courses/iasd2025/materials/0123456789abcdef/content", material.GetProperty("url").GetString());
    }

    [Fact]
    public async Task SearchSlides_refuses_an_empty_query_before_touching_storage()
    {
        var request = FunctionResults.NewRequest("?q=");
        var (status, _, body) = await FunctionResults.ExecuteAsync(await Functions().SearchSlides(request, "iasd2025"), request);
        Assert.Equal(400, status);
        Assert.Equal("Invalid search", body.GetProperty("title").GetString());
        _courses.VerifyNoOtherCalls();
        _materials.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task DownloadMaterial_of_a_failed_upload_is_404()
    {
        _materials.Setup(m => m.GetAsync("iasd2025", "0123456789abcdef", It.IsAny<CancellationToken>())).ReturnsAsync(
            new SlideMaterial
            {
                Id = "0123456789abcdef", CourseId = "iasd2025", BlobName = "iasd2025/x.pdf", FileName = "x.pdf",
                Status = MaterialStatus.Failed,
            });
        var request = FunctionResults.NewRequest();
        var (status, _, _) = await FunctionResults.ExecuteAsync(await Functions().DownloadMaterial(request, "iasd2025", "0123456789abcdef"), request);
        Assert.Equal(404, status);
    }

    /// <summary>The Functions host streams a ranged download the way the DevServer does: one byte range asked of storage, 206.</summary>
    [Fact]
    public async Task DownloadMaterial_with_a_range_reads_only_that_range_from_storage_and_answers_206()
    {
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        _materials.Setup(m => m.GetAsync("iasd2025", "0123456789abcdef", It.IsAny<CancellationToken>())).ReturnsAsync(new SlideMaterial
        {
            Id = "0123456789abcdef", CourseId = "iasd2025", BlobName = "iasd2025/x.pdf", FileName = "x.pdf", Status = MaterialStatus.Ready,
            Size = bytes.Length, Sha256 = "feed", BlobETag = "\"0x1\"", UpdatedAt = DateTimeOffset.UnixEpoch,
        });
        var blob = new Mock<BlobClient>();
        blob.Setup(b => b.DownloadStreamingAsync(It.Is<BlobDownloadOptions>(o => o.Range.Offset == 10 && o.Range.Length == 5), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Azure.Response.FromValue(BlobsModelFactory.BlobDownloadStreamingResult(
                new MemoryStream(bytes[10..15]), BlobsModelFactory.BlobDownloadDetails(contentLength: 5)), Mock.Of<Azure.Response>()));
        var container = new Mock<BlobContainerClient>();
        container.Setup(c => c.GetBlobClient("iasd2025/x.pdf")).Returns(blob.Object);
        var service = new Mock<BlobServiceClient>();
        service.SetupGet(s => s.CanGenerateAccountSasUri).Returns(true);
        service.Setup(s => s.GetBlobContainerClient(It.IsAny<string>())).Returns(container.Object);
        var request = FunctionResults.NewRequest();
        request.Method = "GET";
        request.Headers.Range = "bytes=10-14";

        await (await Functions(service).DownloadMaterial(request, "iasd2025", "0123456789abcdef"))
            .ExecuteResultAsync(new ActionContext(request.HttpContext, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));

        var response = request.HttpContext.Response;
        Assert.Equal(206, response.StatusCode);
        Assert.Equal("bytes 10-14/1000", response.Headers.ContentRange.ToString());
        Assert.Equal(bytes[10..15], ((MemoryStream)response.Body).ToArray());
    }
}
