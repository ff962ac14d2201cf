using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CourseFunctions.Integration.Tests;

/// <summary>
/// A stand-in for GitHub Actions' OIDC issuer: its OpenID configuration and JWKS from RSA keys made here, and the
/// runner's token endpoint (what ACTIONS_ID_TOKEN_REQUEST_URL points to), which signs a token for the asked audience
/// with the claims of the run this test pretends to be.
/// </summary>
public sealed class LocalOidcIssuer : IAsyncDisposable
{
    /// <summary>What the runner sends as ACTIONS_ID_TOKEN_REQUEST_TOKEN; the token endpoint refuses anything else.</summary>
    public const string RequestToken = "runner-request-token";

    private readonly WebApplication _app;
    private RsaSecurityKey _signingKey = NewKey();
    private IReadOnlyList<RsaSecurityKey> _published;

    private LocalOidcIssuer(WebApplication app, Uri address)
    {
        _app = app;
        Issuer = address.AbsoluteUri.TrimEnd('/');
        _published = [_signingKey];
    }

    /// <summary>The issuer URL, as the tokens' iss claim and the API's Auth:GitHubIssuer setting.</summary>
    public string Issuer { get; }

    /// <summary>The claims the token endpoint puts in its tokens: the run it pretends to be.</summary>
    public Dictionary<string, object> RunClaims { get; } = new()
    {
        ["repository"] = "teacher/teacher.github.io",
        ["repository_id"] = "123456789",
        ["repository_owner"] = "teacher",
        ["ref"] = "refs/heads/main",
        ["sub"] = "repo:teacher/teacher.github.io:ref:refs/heads/main",
        ["event_name"] = "push",
    };

    /// <summary>How many times the JWKS was fetched: the API caches it.</summary>
    public int JwksRequests { get; private set; }

    /// <summary>The runner's token endpoint, with the api-version query GitHub's has, so a workflow appends &amp;audience=.</summary>
    public string TokenRequestUrl => Issuer + "/runner-token?api-version=2.0";

    public static async Task<LocalOidcIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LocalOidcIssuer? issuer = null;
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer!.Issuer,
            ["jwks_uri"] = issuer.Issuer + "/.well-known/jwks",
            ["subject_types_supported"] = new[] { "public" },
            ["response_types_supported"] = new[] { "id_token" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/.well-known/jwks", () =>
        {
            issuer!.JwksRequests++;
            return Results.Json(new { keys = issuer._published.Select(Jwk).ToArray() });
        });
        app.MapGet("/runner-token", (HttpRequest request) =>
            request.Headers.Authorization.ToString() != "bearer " + RequestToken && request.Headers.Authorization.ToString() != "Bearer " + RequestToken
                ? Results.Unauthorized()
                : Results.Json(new { value = issuer!.Token(audience: request.Query["audience"].ToString()) }));
        var address = await app.StartOnFreePortAsync();
        issuer = new LocalOidcIssuer(app, address);
        return issuer;
    }

    /// <summary>A token of the run, signed with the current key; each argument changes one thing about it.</summary>
    public string Token(
        string audience, Dictionary<string, object>? claims = null, TimeSpan? lifetime = null, RsaSecurityKey? signWith = null, string? issuer = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(5));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            Claims = claims ?? RunClaims,
            SigningCredentials = new SigningCredentials(signWith ?? _signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A key of the same id as the issuer's, not published: what a forger would sign with.</summary>
    public RsaSecurityKey ForgedKey() => new(RSA.Create(2048)) { KeyId = _signingKey.KeyId };

    /// <summary>Key rollover: a new key signs from now on, and the JWKS publishes it instead of the old one.</summary>
    public void RollKeys()
    {
        _signingKey = NewKey();
        _published = [_signingKey];
    }

    private static RsaSecurityKey NewKey() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N")[..16] };

    private static Dictionary<string, string> Jwk(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new()
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
