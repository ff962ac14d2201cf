using CourseFunctions.Core.Representation;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CourseFunctions.Http;

/// <summary>Picks a Content-Encoding from Accept-Encoding: Brotli first, then gzip.</summary>
public static class ContentCoding
{
    public static string? Choose(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding) || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings)) return null;
        double Quality(string name) => codings
            .Where(c => c.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || c.Value == "*")
            .Select(c => c.Quality ?? 1.0)
            .DefaultIfEmpty(0)
            .Max();
        var brotli = Quality(ContentCodings.Brotli);
        var gzip = Quality(ContentCodings.Gzip);
        if (brotli <= 0 && gzip <= 0) return null;
        return brotli >= gzip ? ContentCodings.Brotli : ContentCodings.Gzip;
    }
}
