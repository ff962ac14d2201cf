using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CourseFunctions.Core.Representation;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CourseFunctions.Http.Editing;

/// <summary>Reads request bodies within a size limit and of the expected media types, or says which rule they broke.</summary>
internal static class RequestBodies
{
    public const int MaxJsonBytes = 64 * 1024;
    public const int MaxPageBytes = 1024 * 1024;
    public static readonly string[] JsonTypes = ["application/json"];

    /// <summary>An unknown field is a 400, not silently dropped: a misspelt field would otherwise look saved.</summary>
    private static readonly JsonSerializerOptions StrictJson = new(ApiJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static async Task<(string? Text, IApiResult? Problem)> ReadTextAsync(
        HttpRequest request, int maxBytes, string[] mediaTypes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !mediaTypes.Contains(contentType.MediaType.Value, StringComparer.OrdinalIgnoreCase))
            return (null, ApiProblems.UnsupportedMediaType(mediaTypes));
        if (request.ContentLength > maxBytes) return (null, ApiProblems.BodyTooLarge(maxBytes));

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // Count as it arrives: a chunked body announces no length.
            if (buffer.Length + read > maxBytes) return (null, ApiProblems.BodyTooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, ApiProblems.InvalidBody("The body is not valid UTF-8."));
        }
    }

    public static async Task<(JsonObject? Json, IApiResult? Problem)> ReadJsonObjectAsync(
        HttpRequest request, string[] mediaTypes, CancellationToken cancellationToken)
    {
        var (text, problem) = await ReadTextAsync(request, MaxJsonBytes, mediaTypes, cancellationToken);
        if (problem is not null) return (null, problem);
        try
        {
            return JsonNode.Parse(text!) is JsonObject json ? (json, null) : (null, ApiProblems.InvalidBody("The body must be a JSON object."));
        }
        catch (JsonException error)
        {
            return (null, ApiProblems.InvalidBody($"The body is not valid JSON: {error.Message}"));
        }
    }

    /// <summary>A JSON body of <see cref="JsonTypes"/> as <typeparamref name="T"/>, with no unknown fields.</summary>
    public static async Task<(T? Value, IApiResult? Problem)> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        var (text, problem) = await ReadTextAsync(request, MaxJsonBytes, JsonTypes, cancellationToken);
        return problem is not null ? (default, problem) : Deserialize<T>(text!);
    }

    public static (T? Value, IApiResult? Problem) Deserialize<T>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, StrictJson) is { } value
                ? (value, null)
                : (default, ApiProblems.InvalidBody("The body must be a JSON object."));
        }
        catch (JsonException error)
        {
            return (default, ApiProblems.InvalidBody($"The body does not match the expected fields: {error.Message}"));
        }
    }
}
