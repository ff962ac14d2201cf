using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using CourseFunctions.Core.Courses;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using CourseFunctions.Core.Representation;

namespace CourseFunctions.Http.Api;

/// <summary>The slide endpoints: a course's materials with their indexing status, downloads, and search.</summary>
public sealed partial class SlidesApi(
    ReadModelServing serving,
    IMaterialStore materials,
    SlideSearchService search,
    BlobServiceClient blobs,
    BlobLinks links,
    ApiExecution execution,
    IOptions<ApiOptions> apiOptions,
    IOptions<SlidesOptions> slideOptions)
{
    private const int DefaultHits = 20;
    private const int MaxHits = 50;

    [GeneratedRegex(@"\A[0-9a-f]{16}\z")]
    private static partial Regex MaterialIdPattern();

    /// <summary>The decks with their indexing status, from the read model like every public GET.</summary>
    public Task<IApiResult> ListMaterialsAsync(HttpRequest request, string courseId) =>
        execution.ForCourseAsync(request, courseId, call => serving.ServeAsync(call, courseId, bodies => bodies.Materials));

    /// <summary>
    /// In Azure, a redirect to a short-lived read-only link for the one blob, signed by the managed identity.
    /// With an account key (Azurite, locally) the API streams the bytes itself, so links stay on its origin.
    /// </summary>
    public Task<IApiResult> DownloadAsync(HttpRequest request, string courseId, string materialId) =>
        execution.ForCourseAsync(request, courseId, async call =>
        {
            var cancellationToken = call.CancellationToken;
            if (!MaterialIdPattern().IsMatch(materialId)) return ApiProblems.InvalidMaterialId();
            var material = await materials.GetAsync(courseId, materialId, cancellationToken);
            if (material is not { Status: MaterialStatus.Ready }) return ApiProblems.MaterialNotFound(courseId, materialId);
            var blob = blobs.GetBlobContainerClient(slideOptions.Value.ContainerName).GetBlobClient(material.BlobName);
            if (links.ServedByAccountKey) return new BlobContentResult(blob, material);
            var (link, _) = await links.SignAsync(blob, BlobSasPermissions.Read,
                TimeSpan.FromMinutes(slideOptions.Value.DownloadLinkMinutes), "application/pdf", cancellationToken);
            return ApiResult.Redirect(link);
        });

    public Task<IApiResult> SearchAsync(HttpRequest request, string courseId) =>
        execution.ForCourseAsync(request, courseId, async call =>
        {
            var query = request.Query["q"].ToString().Trim();
            if (query.Length == 0 || query.Length > SlideSearchService.MaxQueryLength)
                return ApiProblems.InvalidQuery($"Give a query of 1 to {SlideSearchService.MaxQueryLength} characters in 'q'.");
            var terms = SearchText.Words(query).Select(w => w.Term).Distinct().ToList();
            if (terms.Count == 0) return ApiProblems.InvalidQuery("The query has no words to search for.");
            if (terms.Count > SlideSearchService.MaxTerms) return ApiProblems.InvalidQuery($"Use at most {SlideSearchService.MaxTerms} words.");
            var top = DefaultHits;
            if (request.Query.ContainsKey("top") && (!int.TryParse(request.Query["top"], out top) || top is < 1 or > MaxHits))
                return ApiProblems.InvalidQuery($"'top' is a number from 1 to {MaxHits}.");

            var result = await search.SearchAsync(courseId, terms, top, call.CancellationToken);
            if (result is null) return ApiProblems.CourseNotFound(courseId);
            var baseUrl = call.BaseUrl;
            var hits = result.Matches.Select(match =>
            {
                var material = result.Materials[match.Page.MaterialId];
                return new SearchHitResponse(
                    material.Id, material.Title ?? material.FileName, match.Page.Number, match.Snippet.Text,
                    match.Snippet.Highlights.Select(h => new HighlightResponse(h.Start, h.Length)).ToList(),
                    Math.Round(match.Score, 4),
                    ApiLinks.MaterialPage(baseUrl, courseId, material.Id, match.Page.Number), match.LastPage);
            }).ToList();
            return ApiResult.Json(new SearchResponse(query, hits), apiOptions.Value.CacheMaxAgeSeconds);
        });
}
