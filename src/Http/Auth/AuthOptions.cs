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

    /// <summary>
    /// The issuer of the OIDC tokens trusted publishers send: GitHub Actions'. Its keys come from its
    /// <c>/.well-known/openid-configuration</c>. Tests run an issuer of their own here.
    /// </summary>
    public string GitHubIssuer { get; set; } = "https://token.actions.githubusercontent.com";

    /// <summary>
    /// The audience a trusted publisher's token must name: what the workflow asks GitHub for (Bicep sets the API's
    /// public URL). Empty: trusted publishing is off, and no GitHub token is accepted.
    /// </summary>
    public string GitHubAudience { get; set; } = "";
}
