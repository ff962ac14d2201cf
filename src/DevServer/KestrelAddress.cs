using CourseFunctions.Core.Representation;
using CourseFunctions.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CourseFunctions.DevServer;

/// <summary>
/// The DevServer's links' base when Api:PublicBaseUrl is unset: the first address Kestrel listens on (the port it
/// picked, for port 0), with a wildcard host named localhost. Known once the server has started, before any request.
/// </summary>
internal sealed class KestrelAddress(IServer server) : IHostAddress
{
    private string? _apiBase;

    public string ApiBase => _apiBase ??= Resolve();

    private string Resolve()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var first = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The DevServer serves a request before it listens on an address.");
        var listening = new UriBuilder(first.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (listening.Host is "0.0.0.0" or "[::]" or "::") listening.Host = "localhost";
        listening.Path = ApiRoutes.Prefix;
        return listening.Uri.AbsoluteUri.TrimEnd('/');
    }
}
