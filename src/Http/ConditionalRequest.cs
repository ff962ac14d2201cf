using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CourseFunctions.Http;

/// <summary>
/// The one evaluator of a request's preconditions (RFC 9110 §13.2.2), for the API's bodies and for downloads alike:
/// If-Match, If-Unmodified-Since, If-None-Match, If-Modified-Since in that order, then whether a Range may apply
/// (If-Range). The resource is named by its opaque entity tag (without quotes or coding) and its last modification.
/// </summary>
public static class ConditionalRequest
{
    public enum Outcome { Proceed, NotModified, PreconditionFailed }

    public static Outcome Evaluate(HttpRequest request, string entityTag, DateTimeOffset? lastModified)
    {
        var headers = request.GetTypedHeaders();
        var readOnly = !(HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)
            || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method));
        if (!string.IsNullOrEmpty(request.Headers.IfMatch))
        {
            if (EntityTag.Parse(request.Headers.IfMatch)?.Matches(entityTag) != true) return Outcome.PreconditionFailed;
        }
        else if (headers.IfUnmodifiedSince is { } unmodifiedSince && lastModified is { } changed && Seconds(changed) > unmodifiedSince)
            return Outcome.PreconditionFailed;

        if (!string.IsNullOrEmpty(request.Headers.IfNoneMatch))
        {
            if (EntityTag.IfNoneMatchHits(request.Headers.IfNoneMatch, entityTag))
                return readOnly ? Outcome.NotModified : Outcome.PreconditionFailed;
        }
        else if (readOnly && headers.IfModifiedSince is { } since && lastModified is { } modified && Seconds(modified) <= since)
            return Outcome.NotModified;
        return Outcome.Proceed;
    }

    /// <summary>
    /// The byte range to send for a GET of a representation of <paramref name="length"/> bytes: null for the whole
    /// (no Range, an If-Range naming another version, a Range this server does not serve such as several ranges or
    /// bad syntax, which RFC 9110 §14.2 lets it ignore), <see cref="ByteRange.Unsatisfiable"/> for a 416.
    /// </summary>
    public static ByteRange? RangeOf(HttpRequest request, long length, string entityTag, DateTimeOffset? lastModified)
    {
        if (!HttpMethods.IsGet(request.Method) || string.IsNullOrEmpty(request.Headers.Range)) return null;
        if (!RangeHeaderValue.TryParse(request.Headers.Range.ToString(), out var header)
            || !"bytes".Equals(header.Unit.Value, StringComparison.OrdinalIgnoreCase) || header.Ranges.Count != 1)
            return null;
        if (!string.IsNullOrEmpty(request.Headers[HeaderNames.IfRange]) && !IfRangeHolds(request, entityTag, lastModified)) return null;

        var range = header.Ranges.First();
        if (range.From is { } from)
        {
            if (from >= length) return ByteRange.Unsatisfiable;
            var to = range.To is { } last && last < length ? last : length - 1;
            return new ByteRange(from, to - from + 1);
        }
        // A suffix ("bytes=-500"): the last N bytes; "bytes=-0" selects nothing.
        var suffix = range.To ?? 0;
        if (suffix == 0 || length == 0) return ByteRange.Unsatisfiable;
        var count = Math.Min(suffix, length);
        return new ByteRange(length - count, count);
    }

    /// <summary>If-Range (RFC 9110 §13.1.5): a strong tag equal to the current one, or exactly the current Last-Modified.</summary>
    private static bool IfRangeHolds(HttpRequest request, string entityTag, DateTimeOffset? lastModified)
    {
        if (!RangeConditionHeaderValue.TryParse(request.Headers[HeaderNames.IfRange].ToString(), out var condition)) return false;
        if (condition.EntityTag is { } tag) return !tag.IsWeak && EntityTag.Parse(tag.ToString())?.Matches(entityTag) == true;
        return condition.LastModified is { } date && lastModified is { } modified && Seconds(modified) == date;
    }

    /// <summary>HTTP dates have whole seconds: a time is compared as its header would carry it.</summary>
    private static DateTimeOffset Seconds(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}

/// <summary>Bytes [Start, Start + Length) of a representation; <see cref="Unsatisfiable"/> when none of the asked bytes exist.</summary>
public sealed record ByteRange(long Start, long Length)
{
    public static readonly ByteRange Unsatisfiable = new(-1, 0);

    public string ContentRange(long total) =>
        this == Unsatisfiable ? $"bytes */{total}" : $"bytes {Start}-{Start + Length - 1}/{total}";
}
