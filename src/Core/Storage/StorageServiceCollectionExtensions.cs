using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CourseFunctions.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Table Storage client and the course store. The <c>CourseStorage</c> section is
    /// either a connection string (Azurite) or identity-based settings (Azure):
    /// <c>CourseStorage__tableServiceUri</c>, <c>CourseStorage__credential</c>, <c>CourseStorage__clientId</c>.
    /// </summary>
    public static IServiceCollection AddCourseStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetSection(CourseStorageConnection.Name);
        // A setting out of range stops the host at start rather than at the first import.
        services.AddSettings<CourseDataOptions>(CourseDataOptions.SectionName);
        services.AddAzureClients(clients =>
        {
            clients.AddClient<TableServiceClient, TableClientOptions>((options, _, provider) =>
            {
                FailFast(options);
                return CreateTableServiceClient(connection, options, provider);
            });
            clients.AddClient<BlobServiceClient, BlobClientOptions>((options, _, provider) =>
            {
                FailFast(options);
                return CreateBlobServiceClient(connection, options, provider);
            });
        });
        services.AddSingleton<TimeProvider>(TimeProvider.System);
        services.AddSingleton<CourseChanges>();
        services.AddSingleton<TableCourseStore>();
        services.AddSingleton<ICourseStore>(provider => provider.GetRequiredService<TableCourseStore>());
        services.AddSingleton<SessionCap>();
        return services;
    }

    /// <summary>
    /// A web request should not wait through the SDK's default back-off: the API's own deadlines (2 s for reads,
    /// 5 s for writes) cancel a call, and a try that hangs on a stalled service gives up after 10 s even in
    /// background work, which then retries on its next pass.
    /// </summary>
    internal static void FailFast(ClientOptions options)
    {
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        options.AddPolicy(new StorageRoundTrips(), HttpPipelinePosition.PerRetry);
    }

    private static BlobServiceClient CreateBlobServiceClient(
        IConfigurationSection connection, BlobClientOptions options, IServiceProvider provider) =>
        CreateClient(connection, CourseStorageConnection.Keys.BlobServiceUri, provider,
            connectionString => new BlobServiceClient(connectionString, options),
            (endpoint, credential) => new BlobServiceClient(endpoint, credential, options));

    private static TableServiceClient CreateTableServiceClient(
        IConfigurationSection connection, TableClientOptions options, IServiceProvider provider) =>
        CreateClient(connection, CourseStorageConnection.Keys.TableServiceUri, provider,
            connectionString => new TableServiceClient(connectionString, options),
            (endpoint, credential) => new TableServiceClient(endpoint, credential, options));

    /// <summary>A connection string when the section has a value (Azurite); else the service URI and Entra ID credential.</summary>
    internal static TClient CreateClient<TClient>(
        IConfigurationSection connection, string endpointKey, IServiceProvider provider,
        Func<string, TClient> fromConnectionString, Func<Uri, TokenCredential, TClient> fromEndpoint)
    {
        if (!string.IsNullOrWhiteSpace(connection.Value)) return fromConnectionString(connection.Value);
        var endpoint = connection[endpointKey] ?? throw new InvalidOperationException(
            $"Set '{CourseStorageConnection.Name}' to a connection string, "
            + $"or '{CourseStorageConnection.Name}__{endpointKey}' for an identity-based connection.");
        return fromEndpoint(new Uri(endpoint), provider.GetRequiredService<AzureComponentFactory>().CreateTokenCredential(connection));
    }
}
