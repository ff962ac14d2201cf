using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Notifications;

/// <summary>Webhook registrations: one row per webhook in the webhooks table, partitioned by course.</summary>
public sealed class WebhookStore(TableServiceClient service, IOptions<NotificationsOptions> options, TimeProvider time)
{
    /// <summary>Concurrent deliveries to one webhook are few (one per notice); this many tries always gets through.</summary>
    private const int MaxUpdateAttempts = 20;

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
        var rows = _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {courseId}"), cancellationToken: cancellationToken);
        await foreach (var row in rows)
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
            ["FailedDeliveries"] = 0,
        }, cancellationToken);

    /// <summary>
    /// Records a failed attempt. When it was the delivery's last (<paramref name="gaveUp"/>) the webhook is shown as failed,
    /// and one more delivery in a row has failed: at <see cref="NotificationsOptions.DisableAfterFailedDeliveries"/> the
    /// webhook is disabled.
    /// </summary>
    /// <returns>The webhook as recorded; null when it was deleted meanwhile.</returns>
    public Task<Webhook?> RecordFailureAsync(Webhook webhook, string error, bool gaveUp, CancellationToken cancellationToken) =>
        UpdateAsync(webhook.CourseId, webhook.Id, row =>
        {
            var now = time.GetUtcNow();
            row["LastFailureAt"] = now;
            row["LastError"] = error.Length > 1000 ? error[..1000] : error;
            if (!gaveUp) return;
            row["FailedAt"] = now;
            var failed = (row.GetInt32("FailedDeliveries") ?? 0) + 1;
            row["FailedDeliveries"] = failed;
            if (failed >= options.Value.DisableAfterFailedDeliveries && row.GetDateTimeOffset("DisabledAt") is null) row["DisabledAt"] = now;
        }, cancellationToken);

    /// <summary>Disables a webhook, or enables it again with its count of failed deliveries back at 0.</summary>
    /// <returns>The webhook as recorded; null when there is no such webhook.</returns>
    public Task<Webhook?> SetDisabledAsync(string courseId, string id, bool disabled, CancellationToken cancellationToken) =>
        UpdateAsync(courseId, id, row =>
        {
            if (!disabled)
            {
                row.Remove("DisabledAt");
                row["FailedDeliveries"] = 0;
            }
            else if (row.GetDateTimeOffset("DisabledAt") is null) row["DisabledAt"] = time.GetUtcNow();
        }, cancellationToken);

    /// <summary>Reads, changes and replaces the row on condition that nobody wrote it in between; null when it does not exist.</summary>
    private async Task<Webhook?> UpdateAsync(string courseId, string id, Action<TableEntity> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var read = await _table.GetEntityIfExistsAsync<TableEntity>(courseId, id, cancellationToken: cancellationToken);
            if (!read.HasValue) return null;
            var row = read.Value!;
            change(row);
            try
            {
                await _table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return ToWebhook(row);
            }
            catch (RequestFailedException error) when (error.Status is 404)
            {
                return null; // deleted meanwhile: nothing to record
            }
            catch (RequestFailedException error) when (error.Status is 412 && attempt < MaxUpdateAttempts)
            {
                // Another delivery's result was recorded in between: read it and count again.
            }
        }
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
            FailedDeliveries = row.GetInt32("FailedDeliveries") ?? 0,
            DisabledAt = row.GetDateTimeOffset("DisabledAt"),
        };
}
