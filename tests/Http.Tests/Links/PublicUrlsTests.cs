using System.ComponentModel.DataAnnotations;
using CourseFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http.Tests.Links;

/// <summary>The links' base comes from configuration; the caller's Host only picks among configured hosts.</summary>
public class PublicUrlsTests
{
    private sealed class FixedAddress(string apiBase) : IHostAddress
    {
        public string ApiBase => apiBase;
    }

    private static string BaseFor(string host, ApiOptions options, string scheme = "http", string? forwardedProto = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        if (forwardedProto is not null) context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
        return new PublicUrls(Options.Create(options), new FixedAddress("http://127.0.0.1:5123/api")).ApiBase(context.Request);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:443")]
    [InlineData("courses.example.edu.evil.example")]
    public void A_host_that_is_not_configured_never_reaches_the_links(string host)
    {
        Assert.Equal("https://courses.example.edu/api", BaseFor(host, new ApiOptions { PublicBaseUrl = "https://courses.example.edu/api/" }));
        Assert.Equal("https://courses.example.edu/api",
            BaseFor(host, new ApiOptions { PublicBaseUrl = "https://courses.example.edu/api", AllowedHosts = "api.example.edu" }, forwardedProto: "http"));
    }

    [Fact]
    public void Without_a_public_base_the_hosts_own_address_is_the_base() =>
        Assert.Equal("http://127.0.0.1:5123/api", BaseFor("evil.example", new ApiOptions()));

    [Theory]
    [InlineData("api.example.edu", "https://api.example.edu/api")]
    [InlineData("API.example.edu", "https://api.example.edu/api")]
    [InlineData("alt.example.edu:8443", "https://alt.example.edu:8443/api")]
    public void An_allowed_host_gets_the_public_base_on_that_host(string host, string expected) =>
        Assert.Equal(expected, BaseFor(host, new ApiOptions
        {
            PublicBaseUrl = "https://func-x.azurewebsites.net/api",
            AllowedHosts = "api.example.edu, alt.example.edu:8443",
        }));

    [Fact]
    public void Allowed_hosts_without_a_public_base_are_refused_at_start()
    {
        var options = new ApiOptions { AllowedHosts = "api.example.edu" };
        var errors = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true));
        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Api:PublicBaseUrl"));
    }
}
