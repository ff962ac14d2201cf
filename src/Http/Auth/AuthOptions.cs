namespace CourseFunctions.Http.Auth;

/// <summary>Who may write (section <c>Auth</c>): the operator's key, and the issuer and audience of trusted publishers' tokens.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// The SHA-256 (hex) of the operator key, sent as <c>x-functions-key</c> or <c>?code=</c>. Only the hash is a
    /// setting, so reading the app's settings does not give the key away. Empty: nobody is the operator.
    /// </summary>
    public string OperatorKeySha256 { get; set; } = "";
}
