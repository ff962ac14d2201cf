using Microsoft.Extensions.Configuration;

namespace CourseFunctions.Http;

/// <summary>
/// The Functions host's own address: <c>WEBSITE_HOSTNAME</c>, which App Service sets to the app's default hostname and
/// Core Tools to localhost:7071. It is the platform's setting, not the caller's. Bicep sets Api:PublicBaseUrl anyway.
/// </summary>
public sealed class WebsiteHostAddress(IConfiguration configuration) : IHostAddress
{
    private const string LocalCoreTools = "localhost:7071";

    public string ApiBase
    {
        get
        {
            var host = configuration["WEBSITE_HOSTNAME"];
            if (string.IsNullOrWhiteSpace(host)) host = LocalCoreTools;
            var local = host.StartsWith("localhost", StringComparison.OrdinalIgnoreCase) || host.StartsWith("127.", StringComparison.Ordinal);
            var scheme = local ? "http" : "https";
            return $"{scheme}://{host}/{Core.Representation.ApiRoutes.Prefix}";
        }
    }
}
