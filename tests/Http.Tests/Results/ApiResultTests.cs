using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CourseFunctions.Http;
using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Http.Tests.Results;

public class ApiResultTests
{
    private static readonly object LargeBody = new { items = Enumerable.Range(0, 200).Select(i => $"Séance {i}: topic text") };

    private static async Task<HttpResponse> Execute(ApiResult result, Action<HttpRequest>? request = null)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        request?.Invoke(context.Request);
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        return context.Response;
    }

    private static byte[] BodyOf(HttpResponse response) => ((MemoryStream)response.Body).ToArray();

    [Fact]
    public async Task Json_carries_a_strong_etag_cache_control_and_utf8_text()
    {
        var response = await Execute(ApiResult.Json(new { title = "Données" }, maxAgeSeconds: 60));
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("public, max-age=60", response.Headers.CacheControl);
        Assert.Matches("^\"[A-Za-z0-9_-]{22}\"$", response.Headers.ETag.ToString());
        Assert.Equal("{\"title\":\"Données\"}", Encoding.UTF8.GetString(BodyOf(response)));
    }

    [Fact]
    public async Task A_matching_if_none_match_gets_304_without_a_body()
    {
        var first = await Execute(ApiResult.Json(new { a = 1 }, 60));
        var etag = first.Headers.ETag.ToString();
        var second = await Execute(ApiResult.Json(new { a = 1 }, 60), r => r.Headers.IfNoneMatch = $"\"other\", {etag}");
        Assert.Equal(304, second.StatusCode);
        Assert.Empty(BodyOf(second));
        Assert.Equal(etag, second.Headers.ETag.ToString());

        var changed = await Execute(ApiResult.Json(new { a = 2 }, 60), r => r.Headers.IfNoneMatch = etag);
        Assert.Equal(200, changed.StatusCode);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("gzip;q=1, br;q=0.5", "gzip")]
    public async Task Large_bodies_are_compressed_as_the_client_accepts(string acceptEncoding, string expected)
    {
        var plain = await Execute(ApiResult.Json(LargeBody, 60));
        var response = await Execute(ApiResult.Json(LargeBody, 60), r => r.Headers.AcceptEncoding = acceptEncoding);
        Assert.Equal(expected, response.Headers.ContentEncoding.ToString());
        Assert.Equal("Accept-Encoding", response.Headers.Vary.ToString());
        Assert.EndsWith($".{expected}\"", response.Headers.ETag.ToString());
        using var decoder = expected == "br"
            ? (Stream)new BrotliStream(new MemoryStream(BodyOf(response)), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(BodyOf(response)), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        decoder.CopyTo(decoded);
        Assert.Equal(BodyOf(plain), decoded.ToArray());
        Assert.True(BodyOf(response).Length < BodyOf(plain).Length);

        // The compressed representation's tag revalidates the identity one, and the other way round.
        var revalidated = await Execute(ApiResult.Json(LargeBody, 60), r => r.Headers.IfNoneMatch = response.Headers.ETag.ToString());
        Assert.Equal(304, revalidated.StatusCode);
    }

    [Fact]
    public async Task Small_bodies_and_clients_without_accept_encoding_are_not_compressed()
    {
        Assert.Equal("", (await Execute(ApiResult.Json(new { a = 1 }, 60), r => r.Headers.AcceptEncoding = "br")).Headers.ContentEncoding.ToString());
        Assert.Equal("", (await Execute(ApiResult.Json(LargeBody, 60))).Headers.ContentEncoding.ToString());
        Assert.Equal("", (await Execute(ApiResult.Json(LargeBody, 60), r => r.Headers.AcceptEncoding = "identity")).Headers.ContentEncoding.ToString());
    }

    [Fact]
    public async Task Problems_are_problem_json_uncached_and_without_etag()
    {
        var response = await Execute(ApiProblems.CourseNotFound("nope"), r => r.Headers.IfNoneMatch = "*");
        Assert.Equal(404, response.StatusCode);
        Assert.Equal("application/problem+json; charset=utf-8", response.ContentType);
        Assert.Equal("no-store", response.Headers.CacheControl);
        Assert.Equal("", response.Headers.ETag.ToString());
        using var problem = JsonDocument.Parse(BodyOf(response));
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Course not found", problem.RootElement.GetProperty("title").GetString());
    }
}
