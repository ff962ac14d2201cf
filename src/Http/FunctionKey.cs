namespace CourseFunctions.Http;

/// <summary>Where a client puts the function key that editing needs; the names the Functions host reads, which the DevServer copies.</summary>
public static class FunctionKey
{
    public const string Header = "x-functions-key";
    public const string QueryParameter = "code";
}
