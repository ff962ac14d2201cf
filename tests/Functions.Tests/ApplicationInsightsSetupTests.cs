using Microsoft.ApplicationInsights;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.ApplicationInsights;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Functions.Tests;

/// <summary>
/// The worker registers Application Insights exactly when APPLICATIONINSIGHTS_CONNECTION_STRING is set, on the same
/// builder Program.cs uses. Nothing is sent: the host is never started, and the connection string's ingestion endpoint
/// is a closed port on this machine.
/// </summary>
public class ApplicationInsightsSetupTests
{
    private const string ConnectionString =
        "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=http://127.0.0.1:1/";

    private static FunctionsApplicationBuilder Builder(string connectionString)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        // Set in every case, empty included, so that a variable of the machine running the tests cannot decide.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ApplicationInsightsSetup.ConnectionStringSetting] = connectionString,
        });
        return builder;
    }

    [Fact]
    public async Task With_the_connection_string_the_worker_sends_logs_requests_and_dependencies_there()
    {
        var builder = Builder(ConnectionString).AddApplicationInsightsWhenConfigured();

        // The worker's telemetry module is only asynchronously disposable.
        await using var services = builder.Services.BuildServiceProvider();
        Assert.NotNull(services.GetService<TelemetryClient>());
        Assert.Equal(ConnectionString, services.GetRequiredService<TelemetryConfiguration>().ConnectionString);
        Assert.Contains(services.GetServices<ILoggerProvider>(), provider => provider is ApplicationInsightsLoggerProvider);
        // The dependency collector records the storage calls.
        Assert.Contains(builder.Services, service => service.ImplementationType?.Name == "DependencyTrackingTelemetryModule");
    }

    [Fact]
    public async Task The_worker_logs_information_there_not_only_warnings()
    {
        var builder = Builder(ConnectionString).AddApplicationInsightsWhenConfigured();

        await using var services = builder.Services.BuildServiceProvider();
        var rules = services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value.Rules
            .Where(rule => rule.ProviderName == typeof(ApplicationInsightsLoggerProvider).FullName).ToList();
        Assert.DoesNotContain(rules, rule => rule.CategoryName is null);
        Assert.Contains(rules, rule => rule.CategoryName == "Azure.Core" && rule.LogLevel == LogLevel.Warning);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Without_the_connection_string_nothing_of_Application_Insights_is_registered(string connectionString)
    {
        var builder = Builder(connectionString);
        var before = builder.Services.Count;

        builder.AddApplicationInsightsWhenConfigured();

        Assert.Equal(before, builder.Services.Count);
        Assert.DoesNotContain(builder.Services, service =>
            new[] { service.ServiceType, service.ImplementationType }.Any(type => type?.Assembly.GetName().Name?.Contains("ApplicationInsights") == true));
    }
}
