using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CourseFunctions.Tests.Shared;

namespace CourseFunctions.Integration.Tests;

/// <summary>Downloads as PDF viewers make them, against the DevServer and Azurite: ranges, If-Range, conditional GET, HEAD.</summary>
public class SlideDownloadTests : IAsyncLifetime
{
    private readonly SlideServer _server = new();
    private HttpClient Client => _server.Client;

    private static readonly byte[] Deck = TestPdfs.Deck("Ranges", "First page", "Second page", "Third page");

    public Task InitializeAsync() => _server.InitializeAsync();
    public Task DisposeAsync() => _server.DisposeAsync();

    private async Task<string> ContentUrlAsync()
    {
        await _server.UploadAndWaitUntilReadyAsync("iasd2025/ranges.pdf", Deck);
        var list = (await Client.GetFromJsonAsync<JsonElement>("/api/courses/iasd2025/materials")).GetProperty("materials");
        return list[0].GetProperty("url").GetString()!;
    }

    private async Task<HttpResponseMessage> GetAsync(string url, Action<HttpRequestHeaders> headers, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        headers(request.Headers);
        return await Client.SendAsync(request);
    }

    [Fact]
    public async Task A_range_gets_206_with_exactly_those_bytes_and_the_whole_file_advertises_ranges()
    {
        var url = await ContentUrlAsync();
        using var whole = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());
        Assert.NotNull(whole.Content.Headers.LastModified);

        using var part = await GetAsync(url, h => h.Range = new RangeHeaderValue(100, 199));
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal($"bytes 100-199/{Deck.Length}", part.Content.Headers.ContentRange!.ToString());
        Assert.Equal(Deck[100..200], await part.Content.ReadAsByteArrayAsync());

        using var tail = await GetAsync(url, h => h.Range = new RangeHeaderValue(null, 10));
        Assert.Equal(Deck[^10..], await tail.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_past_the_end_is_416_with_the_length()
    {
        var url = await ContentUrlAsync();
        using var response = await GetAsync(url, h => h.Range = new RangeHeaderValue(Deck.Length, null));
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{Deck.Length}", response.Content.Headers.ContentRange!.ToString());
    }

    [Fact]
    public async Task If_range_with_the_current_tag_or_date_gets_the_range_and_with_an_old_one_the_whole_file()
    {
        var url = await ContentUrlAsync();
        using var whole = await Client.GetAsync(url);
        var etag = whole.Headers.ETag!;
        var lastModified = whole.Content.Headers.LastModified!.Value;

        using var sameTag = await GetAsync(url, h => { h.Range = new RangeHeaderValue(0, 9); h.IfRange = new RangeConditionHeaderValue(etag); });
        Assert.Equal(HttpStatusCode.PartialContent, sameTag.StatusCode);
        using var sameDate = await GetAsync(url, h => { h.Range = new RangeHeaderValue(0, 9); h.IfRange = new RangeConditionHeaderValue(lastModified); });
        Assert.Equal(HttpStatusCode.PartialContent, sameDate.StatusCode);
        using var oldTag = await GetAsync(url, h => { h.Range = new RangeHeaderValue(0, 9); h.IfRange = new RangeConditionHeaderValue("\"older\""); });
        Assert.Equal(HttpStatusCode.OK, oldTag.StatusCode);
        Assert.Equal(Deck, await oldTag.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Conditional_gets_and_head_follow_the_same_rules_as_the_api()
    {
        var url = await ContentUrlAsync();
        using var whole = await Client.GetAsync(url);
        using var notModified = await GetAsync(url, h => h.IfNoneMatch.Add(whole.Headers.ETag!));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        using var sinceDate = await GetAsync(url, h => h.IfModifiedSince = whole.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, sinceDate.StatusCode);
        using var failed = await GetAsync(url, h => h.IfMatch.Add(new EntityTagHeaderValue("\"older\"")));
        Assert.Equal(HttpStatusCode.PreconditionFailed, failed.StatusCode);

        using var head = await GetAsync(url, _ => { }, HttpMethod.Head);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(Deck.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
