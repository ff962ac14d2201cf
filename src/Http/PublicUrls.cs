using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http;

/// <summary>
/// The base of the absolute links in responses (JSON links, calendar URLs, the Atom feed). It comes from configuration,
/// never from what the caller sends: these responses are publicly cacheable, so a link built from the request's
/// <c>Host</c> would let anyone plant their own host in a shared cache. <see cref="ApiOptions.PublicBaseUrl"/> is the
/// base; a request whose Host is one of <see cref="ApiOptions.AllowedHosts"/> (a second domain of the same app) gets
/// the same base on that host. Unset, the host's own address is the base (<see cref="IHostAddress"/>).
/// </summary>
public sealed class PublicUrls(IOptions<ApiOptions> options, IHostAddress hostAddress)
{
    public string ApiBase(HttpRequest request)
    {
        var configured = options.Value.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(configured)) return hostAddress.ApiBase.TrimEnd('/');
        var publicBase = new UriBuilder(configured.TrimEnd('/'));
        if (request.Host.HasValue && options.Value.Hosts().Contains(request.Host.Value, StringComparer.OrdinalIgnoreCase))
        {
            publicBase.Host = request.Host.Host;
            publicBase.Port = request.Host.Port ?? -1;
        }
        return publicBase.Uri.AbsoluteUri.TrimEnd('/');
    }
}

/// <summary>What a host knows of its own address, from its configuration or its listener: the links' base when
/// <c>Api:PublicBaseUrl</c> is not set.</summary>
public interface IHostAddress
{
    /// <summary>The API's base URL on this host, e.g. http://127.0.0.1:5000/api.</summary>
    string ApiBase { get; }
}
