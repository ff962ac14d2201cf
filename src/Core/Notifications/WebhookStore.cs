using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Notifications;

/// <summary>Webhook registrations: one row per webhook in the webhooks table, partitioned by course.</summary>
public sealed class WebhookStore(TableServiceClient service, IOptions<NotificationsOptions> options, TimeProvider time)
{
    private readonly TableClient _table = service.GetTableClient(options.Value.WebhooksTableName);

    public Task CreateTableIfMissingAsync(CancellationToken cancellationToken) => _table.CreateIfNotExistsAsync(cancellationToken);

    public async Task<Webhook> AddAsync(string courseId, Uri url, WebhookFormat format, CancellationToken cancellationToken)
    {
        var webhook = new Webhook(courseId, "wh_" + Guid.NewGuid().ToString("N")[..20], url, format, WebhookSecret.Generate(), time.GetUtcNow());
        await _table.AddEntityAsync(new TableEntity(courseId, webhook.Id)
        {
            ["Url"] = url.AbsoluteUri,
            ["Format"] = format.ToString(),
            ["Secret"] = webhook.Secret,
            ["CreatedAt"] = webhook.CreatedAt,
        }, cancellationToken);
        return webhook;
    }

    public async Task<IReadOnlyList<Webhook>> ListAsync(string courseId, CancellationToken cancellationToken)
    {
        var webhooks = new List<Webhook>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {courseId}"), cancellationToken: cancellationToken))
            webhooks.Add(ToWebhook(row));
        return webhooks;
    }

    public async Task<Webhook?> GetAsync(string courseId, string id, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(courseId, id, cancellationToken: cancellationToken);
        return row.HasValue ? ToWebhook(row.Value!) : null;
    }

    /// <summary>False when there was no such webhook.</summary>
    public async Task<bool> DeleteAsync(string courseId, string id, CancellationToken cancellationToken)
    {
        var response = await _table.DeleteEntityAsync(courseId, id, ETag.All, cancellationToken);
        return response.Status != 404;
    }

    public Task RecordSuccessAsync(Webhook webhook, CancellationToken cancellationToken) =>
        MergeAsync(new TableEntity(webhook.CourseId, webhook.Id)
        {
            ["LastSuccessAt"] = time.GetUtcNow(),
        }, cancellationToken);

    /// <param name="gaveUp">The attempt was the delivery's last: the webhook is shown as failed.</param>
    public Task RecordFailureAsync(Webhook webhook, string error, bool gaveUp, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entity = new TableEntity(webhook.CourseId, webhook.Id)
        {
            ["LastFailureAt"] = now,
            ["LastError"] = error.Length > 1000 ? error[..1000] : error,
        };
        if (gaveUp) entity["FailedAt"] = now;
        return MergeAsync(entity, cancellationToken);
    }

    /// <summary>A merge that never recreates a webhook deleted meanwhile (the ETag * condition needs the row to exist).</summary>
    private async Task MergeAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await _table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            // Deleted while a delivery was under way: nothing to record.
        }
    }

    private static Webhook ToWebhook(TableEntity row) =>
        new(row.PartitionKey, row.RowKey, new Uri(row.GetString("Url")!), Enum.Parse<WebhookFormat>(row.GetString("Format")!),
            row.GetString("Secret")!, row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.UnixEpoch)
        {
            LastSuccessAt = row.GetDateTimeOffset("LastSuccessAt"),
            LastFailureAt = row.GetDateTimeOffset("LastFailureAt"),
            LastError = row.GetString("LastError"),
            FailedAt = row.GetDateTimeOffset("FailedAt"),
        };
}
