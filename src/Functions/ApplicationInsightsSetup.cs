using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.ApplicationInsights;

namespace CourseFunctions.Functions;

/// <summary>
/// The worker's own telemetry to Application Insights: its logs, the requests it serves and its dependencies (the
/// storage calls). The Functions host reports only what it sees itself; without this, everything the worker logs
/// reaches Application Insights through the host, if at all, and no storage call shows as a dependency.
/// </summary>
public static class ApplicationInsightsSetup
{
    /// <summary>The app setting the Bicep sets (infra/modules/functionapp.bicep). Absent locally: no telemetry.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Adds the Application Insights worker SDK when the connection string is set, and nothing otherwise, so that
    /// <c>func start</c> and the tests send nothing anywhere. In Azure the Bicep also sets
    /// APPLICATIONINSIGHTS_AUTHENTICATION_STRING (the managed identity's client id, Authorization=AAD): the ingestion
    /// endpoint refuses keys (local authentication is off), and ConfigureFunctionsApplicationInsights reads that
    /// setting and signs the telemetry with the identity.
    /// </summary>
    public static FunctionsApplicationBuilder AddApplicationInsightsWhenConfigured(this FunctionsApplicationBuilder builder)
    {
        var connectionString = builder.Configuration[ConnectionStringSetting];
        if (string.IsNullOrWhiteSpace(connectionString)) return builder;

        builder.Services
            .AddApplicationInsightsTelemetryWorkerService(options => options.ConnectionString = connectionString)
            .ConfigureFunctionsApplicationInsights();

        // The SDK adds a rule that keeps only warnings and errors for its logger; the worker's information logs (an
        // import's report, a slide deck indexed) are the ones worth reading, so that rule goes and the usual levels
        // apply, as in Microsoft's template for the isolated worker.
        builder.Services.Configure<LoggerFilterOptions>(options =>
        {
            var sdkRule = options.Rules.FirstOrDefault(rule =>
                rule.ProviderName == typeof(ApplicationInsightsLoggerProvider).FullName && rule.CategoryName is null);
            if (sdkRule is not null) options.Rules.Remove(sdkRule);
        });
        // One line per storage call at Information would double the dependency the SDK already records for it.
        builder.Logging.AddFilter<ApplicationInsightsLoggerProvider>("Azure.Core", LogLevel.Warning);
        return builder;
    }
}
