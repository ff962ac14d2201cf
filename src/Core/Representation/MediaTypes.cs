namespace CourseFunctions.Core.Representation;

/// <summary>The content types of the bodies the API serves.</summary>
public static class MediaTypes
{
    public const string Json = "application/json; charset=utf-8";
    public const string Problem = "application/problem+json; charset=utf-8";
    public const string Calendar = "text/calendar; charset=utf-8";
    public const string Atom = "application/atom+xml; charset=utf-8";
    public const string Script = "text/javascript; charset=utf-8";
}
