namespace CourseFunctions.Integration.Tests;

/// <summary>
/// The setup of the trusted-publishing tests: a local OIDC issuer standing in for GitHub's, and a DevServer that trusts
/// its tokens for <see cref="Audience"/>, with an operator key and an editors table of its own.
/// </summary>
public sealed class TrustedPublishingServer : IAsyncDisposable
{
    /// <summary>The API's URL as a workflow asks its token for (Auth:GitHubAudience).</summary>
    public const string Audience = "https://courses.example.edu/api";

    private TrustedPublishingServer(LocalOidcIssuer issuer, DevServerHost host)
    {
        Issuer = issuer;
        Host = host;
        Client = host.CreateClient();
    }

    public LocalOidcIssuer Issuer { get; }
    public DevServerHost Host { get; }
    public HttpClient Client { get; }

    public static async Task<TrustedPublishingServer> StartAsync(string operatorKey)
    {
        var issuer = await LocalOidcIssuer.StartAsync();
        var host = await DevServerHost.StartAsync(null,
            "--DevServer:EditKey", operatorKey,
            "--Auth:GitHubIssuer", issuer.Issuer,
            "--Auth:GitHubAudience", Audience,
            "--CourseData:EditorsTableName", TestStorage.NewTableName());
        return new TrustedPublishingServer(issuer, host);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
