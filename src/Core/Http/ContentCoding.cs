using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CourseFunctions.Core.Http;

/// <summary>Picks a Content-Encoding from Accept-Encoding: Brotli first, then gzip.</summary>
public static class ContentCoding
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    public static string? Choose(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding) || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings)) return null;
        double Quality(string name) => codings
            .Where(c => c.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || c.Value == "*")
            .Select(c => c.Quality ?? 1.0)
            .DefaultIfEmpty(0)
            .Max();
        var brotli = Quality(Brotli);
        var gzip = Quality(Gzip);
        if (brotli <= 0 && gzip <= 0) return null;
        return brotli >= gzip ? Brotli : Gzip;
    }
}
