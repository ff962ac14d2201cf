using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace CourseFunctions.Core.Representation;

/// <summary>
/// A response body finished once and served many times: its bytes, its entity tag, and its Brotli and gzip
/// variants, compressed when it is built rather than on every request.
/// </summary>
public sealed class RenderedBody
{
    /// <summary>Below this size compression costs more than it saves.</summary>
    public const int MinimumCompressedSize = 1024;

    private RenderedBody(byte[] identity, string contentType, string entityTag, bool compress, DateTimeOffset? lastModified)
    {
        Identity = identity;
        ContentType = contentType;
        EntityTag = entityTag;
        LastModified = lastModified;
        if (!compress || identity.Length < MinimumCompressedSize) return;
        Brotli = Compress(identity, ContentCodings.Brotli);
        Gzip = Compress(identity, ContentCodings.Gzip);
    }

    public byte[] Identity { get; }
    public byte[]? Brotli { get; }
    public byte[]? Gzip { get; }
    public string ContentType { get; }

    /// <summary>The opaque tag, without quotes or coding suffix.</summary>
    public string EntityTag { get; }

    public DateTimeOffset? LastModified { get; }

    public bool Compressible => Brotli is not null;

    /// <summary>Bytes held, all variants together (the read model's memory accounting).</summary>
    public long Size => Identity.Length + (Brotli?.Length ?? 0) + (Gzip?.Length ?? 0);

    public byte[] For(string? coding) => coding switch
    {
        ContentCodings.Brotli => Brotli ?? Identity,
        ContentCodings.Gzip => Gzip ?? Identity,
        _ => Identity,
    };

    /// <param name="entityTag">A version to send as the ETag (a resource that can be edited); else the body's hash.</param>
    public static RenderedBody Json<T>(T value, string? entityTag = null, DateTimeOffset? lastModified = null)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options);
        return new RenderedBody(body, MediaTypes.Json, entityTag ?? HashOf(body), compress: true, lastModified);
    }

    /// <summary>Calendar data is never compressed: one Outlook version fails to subscribe to a compressed feed.</summary>
    public static RenderedBody Calendar(byte[] body, DateTimeOffset lastModified) =>
        new(body, MediaTypes.Calendar, HashOf(body), compress: false, lastModified);

    public static RenderedBody Atom(byte[] body, DateTimeOffset lastModified) =>
        new(body, MediaTypes.Atom, HashOf(body), compress: true, lastModified);

    public static RenderedBody Script(byte[] body) =>
        new(body, MediaTypes.Script, HashOf(body), compress: true, lastModified: null);

    /// <summary>A body for one response only (a problem, a write's result): no variants, and a tag only when given.</summary>
    public static RenderedBody Plain(byte[] body, string contentType, string? entityTag = null) =>
        new(body, contentType, entityTag ?? "", compress: false, lastModified: null);

    /// <summary>Brotli at quality 5 and gzip at its default: a body is compressed once per change, so the ratio matters more than the time.</summary>
    private static byte[] Compress(byte[] body, string coding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = coding == ContentCodings.Brotli
            ? new BrotliStream(output, new BrotliCompressionOptions { Quality = 5 })
            : new GZipStream(output, CompressionLevel.Optimal))
        {
            compressor.Write(body);
        }
        return output.ToArray();
    }

    /// <summary>The opaque entity tag of a body: base64url, so it never holds the dot of a coding suffix.</summary>
    public static string HashOf(ReadOnlySpan<byte> body) => Base64Url.EncodeToString(SHA256.HashData(body)[..16]);
}
