namespace CourseFunctions.Core.Representation;

/// <summary>The content codings a rendered body is kept in, besides identity (Accept-Encoding names).</summary>
public static class ContentCodings
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";
}
