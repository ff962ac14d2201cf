using System.Security.Cryptography;
using System.Text;
using CourseFunctions.Core.Editors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http.Auth;

/// <summary>
/// The one check of who may write, in the API layer that both hosts call, so that the DevServer and Azure answer
/// alike: in Azure the routes are Anonymous at the host, since the host's key check would turn away every Bearer
/// token before the app saw it (docs/security.md).
/// <list type="bullet">
/// <item>The operator key (x-functions-key header or code query) is compared, as a SHA-256, with the configured one.</item>
/// <item>An editor's token (Authorization: Bearer) names its course and editor; one point read finds the stored hash.</item>
/// <item>A GitHub Actions OIDC token (Authorization: Bearer) is checked by <see cref="GitHubTokens"/>, then matched
/// against the course's trusted publishers.</item>
/// </list>
/// No credential, a wrong key, and a forged, unknown, revoked or expired token are 401. A valid token on another
/// course, a GitHub token of no trusted publisher of the course, or an editor on a route of the operator, is 403.
/// </summary>
public sealed class CourseAuthorization(ApiExecution execution, EditorStore editors, GitHubTokens github, IOptions<AuthOptions> options)
{
    /// <summary>The course route's preamble (<see cref="ApiExecution.ForCourseAsync"/>), then this check; the handler sees the caller.</summary>
    public Task<IApiResult> ForCourseAsync(
        HttpRequest request, string courseId, Access access, Func<ApiCall, Task<IApiResult>> handler, TimeSpan? deadline = null) =>
        execution.ForCourseAsync(request, courseId, async call =>
        {
            var (caller, problem) = await AuthorizeAsync(request, courseId, access, call.CancellationToken);
            return problem ?? await handler(call with { Caller = caller });
        }, deadline);

    /// <summary>The session routes' preamble (course id, then date), then this check.</summary>
    public Task<IApiResult> ForSessionAsync(
        HttpRequest request, string courseId, string date, Access access, Func<ApiCall, DateOnly, Task<IApiResult>> handler) =>
        ForCourseAsync(request, courseId, access, call => ApiExecution.TryParseDate(date, out var day)
            ? handler(call, day)
            : Task.FromResult<IApiResult>(ApiProblems.InvalidDate(date)));

    public async Task<(Caller? Caller, IApiResult? Problem)> AuthorizeAsync(
        HttpRequest request, string courseId, Access access, CancellationToken cancellationToken)
    {
        var key = request.Headers[FunctionKey.Header].FirstOrDefault() ?? request.Query[FunctionKey.QueryParameter].FirstOrDefault();
        if (key is not null)
            return IsOperatorKey(key) ? (Caller.Operator, null) : (null, ApiProblems.Unauthorized("The key is not the operator key."));
        if (BearerToken(request) is not { } token) return (null, ApiProblems.Unauthorized());
        if (GitHubTokens.LooksLikeJwt(token)) return await AuthorizePublisherAsync(token, courseId, access, cancellationToken);

        if (!EditorTokens.TryParse(token, out var tokenCourse, out var editorId)
            || await editors.GetAsync(tokenCourse, editorId, cancellationToken) is not { } editor
            || !EditorTokens.Matches(token, editor.TokenSha256))
            return (null, ApiProblems.Unauthorized("The token is not one this API issued, or it was revoked."));
        if (!string.Equals(tokenCourse, courseId, StringComparison.Ordinal))
            return (null, ApiProblems.Forbidden($"This token is an editor's of another course, not of '{courseId}'."));
        if (access == Access.Operator)
            return (null, ApiProblems.Forbidden("Only the operator may do this; an editor's token edits its course."));
        return (new Caller(editor.Name, editor.Id), null);
    }

    /// <summary>Whether the request offers a credential at all (a key or a Bearer token), right or wrong.</summary>
    public static bool HasCredentials(HttpRequest request) =>
        request.Headers[FunctionKey.Header].Count > 0 || request.Query.ContainsKey(FunctionKey.QueryParameter) || BearerToken(request) is not null;

    /// <summary>
    /// A GitHub Actions token: valid (issuer, signature, audience, expiry) or 401; then it must match a trusted
    /// publisher of this course, or 403: the token is GitHub's, the repository is just not trusted here.
    /// </summary>
    private async Task<(Caller? Caller, IApiResult? Problem)> AuthorizePublisherAsync(
        string token, string courseId, Access access, CancellationToken cancellationToken)
    {
        var (claims, invalid) = await github.ValidateAsync(token);
        if (claims is null) return (null, ApiProblems.Unauthorized(invalid));
        if (access == Access.Operator)
            return (null, ApiProblems.Forbidden("Only the operator may do this; a trusted publisher imports and edits its course."));
        var publisher = (await editors.ListAsync(courseId, cancellationToken))
            .FirstOrDefault(editor => editor.GitHub is { } registered && TrustedPublishers.Matches(registered, claims));
        if (publisher is null)
            return (null, ApiProblems.Forbidden($"No trusted publisher of course '{courseId}' matches this token's {TrustedPublishers.Describe(claims)}."));
        if (publisher.GitHub!.RepositoryId is null && claims.RepositoryId is { Length: > 0 } repositoryId)
            await editors.PinRepositoryIdAsync(courseId, publisher.Id, repositoryId, cancellationToken);
        return (new Caller(publisher.Name, publisher.Id), null);
    }

    private bool IsOperatorKey(string key)
    {
        var expected = options.Value.OperatorKeySha256;
        if (expected.Length != 2 * SHA256.HashSizeInBytes || !expected.All(char.IsAsciiHexDigit)) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), Convert.FromHexString(expected));
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }

    /// <summary>The configured form of an operator key: its SHA-256 in hex, what <see cref="AuthOptions.OperatorKeySha256"/> holds.</summary>
    public static string HashOfKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
