using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CourseFunctions.Http.Auth;

/// <summary>
/// Checks a GitHub Actions OIDC token with Microsoft.IdentityModel: the issuer (a setting), the RS256 signature
/// against the issuer's JWKS (fetched from its OpenID configuration, cached, and fetched again when a token names a
/// key it does not hold: a key rollover), the audience (a setting), and the expiry. Then the claims a trusted
/// publisher is matched on.
/// </summary>
/// <remarks>Validation is offline once the keys are cached: an issuer that cannot be reached only matters for the first
/// token, or one signed with a new key.</remarks>
public sealed class GitHubTokens : IDisposable
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(60);

    /// <summary>A token signed with a key the cached set lacks fetches the set again, at most this often.</summary>
    private static readonly TimeSpan RefetchInterval = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly AuthOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _issuer;
    private readonly HttpDocumentRetriever? _retriever;
    private readonly string _metadataAddress = "";
    private readonly ILogger<GitHubTokens> _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refetch = new(1, 1);
    private DateTimeOffset _lastRefetch = DateTimeOffset.MinValue;

    public GitHubTokens(IOptions<AuthOptions> options, ILogger<GitHubTokens> logger, TimeProvider time)
    {
        _options = options.Value;
        _logger = logger;
        _time = time;
        if (!IsEnabled) return;
        var issuer = _options.GitHubIssuer.TrimEnd('/');
        _metadataAddress = issuer + "/.well-known/openid-configuration";
        // Plain HTTP only for an issuer on this machine (the tests' own).
        _retriever = new HttpDocumentRetriever(_http) { RequireHttps = !Uri.TryCreate(issuer, UriKind.Absolute, out var uri) || !uri.IsLoopback };
        _issuer = new ConfigurationManager<OpenIdConnectConfiguration>(_metadataAddress, new OpenIdConnectConfigurationRetriever(), _retriever);
    }

    /// <summary>Trusted publishing is on when an audience is set; without one no token could be checked for it.</summary>
    public bool IsEnabled => _options.GitHubAudience.Length > 0 && _options.GitHubIssuer.Length > 0;

    /// <summary>A JWT, not an editor's token: three base64url parts, the first a JSON object.</summary>
    public static bool LooksLikeJwt(string token) => token.StartsWith("eyJ", StringComparison.Ordinal) && token.Count(c => c == '.') == 2;

    /// <summary>The claims of a valid token, or why it is not valid (in words for the workflow's author).</summary>
    public async Task<(GitHubClaims? Claims, string? Problem)> ValidateAsync(string token)
    {
        if (_issuer is null) return (null, "Trusted publishing is not configured on this API (Auth:GitHubAudience is empty).");
        var result = await _handler.ValidateTokenAsync(token, Parameters(parameters => parameters.ConfigurationManager = _issuer));
        // Key rollover: the issuer signs with a key published after the set was cached. The manager refreshes in
        // the background; this request fetches the set itself, so the first token of a new key is not refused.
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException
            && await RefetchKeysAsync() is { } keys)
            result = await _handler.ValidateTokenAsync(token, Parameters(parameters => parameters.IssuerSigningKeys = keys));
        if (!result.IsValid)
        {
            _logger.LogInformation("A GitHub token was refused: {Reason}", result.Exception?.GetType().Name);
            return (null, Reason(result.Exception));
        }
        string? Claim(string name) => result.Claims.TryGetValue(name, out var value) ? value?.ToString() : null;
        if (Claim("repository") is not { Length: > 0 } repository) return (null, "The token names no repository.");
        return (new GitHubClaims(repository, Claim("repository_id"), Claim("ref"), Claim("environment")), null);
    }

    private TokenValidationParameters Parameters(Action<TokenValidationParameters> keys)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _options.GitHubIssuer,
            ValidAudience = _options.GitHubAudience,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
        };
        keys(parameters);
        return parameters;
    }

    /// <summary>The issuer's keys fetched now, or null when they were fetched this way less than <see cref="RefetchInterval"/> ago.</summary>
    private async Task<ICollection<SecurityKey>?> RefetchKeysAsync()
    {
        await _refetch.WaitAsync();
        try
        {
            if (_time.GetUtcNow() - _lastRefetch < RefetchInterval) return null;
            _lastRefetch = _time.GetUtcNow();
            _issuer!.RequestRefresh();
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataAddress, _retriever, CancellationToken.None);
            return configuration.SigningKeys;
        }
        catch (Exception error) when (error is InvalidOperationException or HttpRequestException or IOException or TaskCanceledException)
        {
            _logger.LogWarning("The issuer's keys could not be fetched again: {Error}", error.Message);
            return null;
        }
        finally
        {
            _refetch.Release();
        }
    }

    private string Reason(Exception? error) => error switch
    {
        SecurityTokenExpiredException => "The GitHub token has expired; ask for a new one in the step that uses it.",
        SecurityTokenNotYetValidException => "The GitHub token is not valid yet.",
        SecurityTokenInvalidAudienceException => $"The GitHub token is for another audience: ask for audience '{_options.GitHubAudience}'.",
        SecurityTokenInvalidIssuerException => $"The token was not issued by {_options.GitHubIssuer}.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidAlgorithmException
            => "The token's signature is not the issuer's.",
        _ => "The token is not a valid GitHub Actions token.",
    };

    public void Dispose()
    {
        _http.Dispose();
        _refetch.Dispose();
    }
}

/// <summary>What a trusted publisher is matched on: <c>repository</c>, <c>repository_id</c>, <c>ref</c>, <c>environment</c>.</summary>
public sealed record GitHubClaims(string Repository, string? RepositoryId, string? Ref, string? Environment);
