using CourseFunctions.Http.Cors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CourseFunctions.Http.Tests.Cors;

/// <summary>
/// Which origins get the CORS grant: the configured list exactly, and, only where the DevServer turned it on in
/// Development, pages on http://localhost and http://127.0.0.1 at any port.
/// </summary>
public class CorsPolicyTests
{
    private const string Site = "https://teacher.github.io";

    private static CorsPolicy Policy(bool loopbackOnAnyPort)
    {
        var options = new CorsOptions { AllowedOrigins = $"{Site},http://localhost:4000" };
        if (loopbackOnAnyPort) options.AllowLoopbackOnAnyPort();
        return new CorsPolicy(Options.Create(options));
    }

    private static bool Grants(CorsPolicy policy, string origin)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = HttpMethods.Options;
        request.Headers.Origin = origin;
        var headers = ((ApiResult)policy.Preflight(request)).Headers;
        return headers.TryGetValue(HeaderNames.AccessControlAllowOrigin, out var granted) && granted == origin;
    }

    [Theory]
    [InlineData("http://localhost:5173")]
    [InlineData("http://localhost:8080")]
    [InlineData("http://127.0.0.1:3000")]
    [InlineData("http://localhost")]
    public void In_development_a_page_on_this_machine_at_any_port_is_granted(string origin)
    {
        Assert.True(Grants(Policy(loopbackOnAnyPort: true), origin));
        Assert.False(Grants(Policy(loopbackOnAnyPort: false), origin));
    }

    [Theory]
    [InlineData("https://localhost:5173")] // another scheme: not what a local preview serves
    [InlineData("http://localhost.evil.example:8080")]
    [InlineData("http://localhost:8080.evil.example")]
    [InlineData("http://evil.example/http://localhost:8080")]
    [InlineData("http://127.0.0.2:8080")]
    [InlineData("http://[::1]:8080")]
    [InlineData("http://localhost:8080/")]
    [InlineData("null")]
    public void In_development_other_origins_still_need_the_list(string origin) =>
        Assert.False(Grants(Policy(loopbackOnAnyPort: true), origin));

    [Theory]
    [InlineData(Site)]
    [InlineData("http://localhost:4000")]
    public void The_listed_origins_are_granted_either_way(string origin)
    {
        Assert.True(Grants(Policy(loopbackOnAnyPort: false), origin));
        Assert.True(Grants(Policy(loopbackOnAnyPort: true), origin));
    }

    /// <summary>An app setting cannot turn it on: in Azure the list is the whole rule.</summary>
    [Fact]
    public void Configuration_does_not_bind_the_loopback_rule()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins"] = Site,
            [$"Cors:{nameof(CorsOptions.AllowsLoopbackOnAnyPort)}"] = "true",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddSingleton<CorsPolicy>().AddSettings<CorsOptions>(CorsOptions.SectionName).Services.BuildServiceProvider();

        Assert.False(services.GetRequiredService<IOptions<CorsOptions>>().Value.AllowsLoopbackOnAnyPort);
        Assert.False(Grants(services.GetRequiredService<CorsPolicy>(), "http://localhost:5173"));
    }
}
