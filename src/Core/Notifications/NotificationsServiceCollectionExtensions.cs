using Azure.Storage.Queues;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CourseFunctions.Core.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Webhooks and the delivery of change notices. The queue is reached through the course storage connection:
    /// a connection string (Azurite) or <c>CourseStorage__queueServiceUri</c> with the app's identity (Azure).
    /// </summary>
    public static IServiceCollection AddCourseNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetSection(CourseStorageConnection.Name);
        services.AddSettings<NotificationsOptions>(NotificationsOptions.SectionName);
        services.AddAzureClients(clients => clients.AddClient<QueueServiceClient, QueueClientOptions>((options, _, provider) =>
        {
            StorageServiceCollectionExtensions.FailFast(options);
            // The Functions queue trigger reads base64 messages by default.
            options.MessageEncoding = QueueMessageEncoding.Base64;
            return StorageServiceCollectionExtensions.CreateClient(connection, CourseStorageConnection.Keys.QueueServiceUri, provider,
                connectionString => new QueueServiceClient(connectionString, options),
                (endpoint, credential) => new QueueServiceClient(endpoint, credential, options));
        }));
        services.AddSingleton<WebhookStore>();
        services.AddSingleton<WebhookUrlRules>();
        services.AddSingleton<WebhookPoster>();
        services.AddSingleton<DeliveryQueue>();
        services.AddSingleton<NoticeDispatcher>();
        services.AddSingleton<WebhookSender>();
        return services;
    }
}
