namespace CourseFunctions.Http;

/// <summary>Where a client puts the operator key: the names the Functions host reads function keys from, kept for the operator key.</summary>
public static class FunctionKey
{
    public const string Header = "x-functions-key";
    public const string QueryParameter = "code";
}
