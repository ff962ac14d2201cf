using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Editors;

/// <summary>
/// The course editors, in a table of their own (<c>CourseData:EditorsTableName</c>): PartitionKey = course id,
/// RowKey = editor id. A token is checked with one point read, and revoking deletes the row, so it takes effect
/// on the next request.
/// </summary>
public sealed class EditorStore(TableServiceClient service, IOptions<CourseDataOptions> options)
{
    private readonly TableClient _table = service.GetTableClient(options.Value.EditorsTableName);

    public Task CreateTableIfMissingAsync(CancellationToken cancellationToken) => _table.CreateIfNotExistsAsync(cancellationToken);

    public async Task AddAsync(CourseEditor editor, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(editor.CourseId, editor.Id)
        {
            ["Name"] = editor.Name,
            ["CreatedAt"] = editor.CreatedAt,
            ["TokenSha256"] = editor.TokenSha256,
            ["GitHubRepository"] = editor.GitHub?.Repository,
            ["GitHubRef"] = editor.GitHub?.Ref,
            ["GitHubEnvironment"] = editor.GitHub?.Environment,
            ["GitHubRepositoryId"] = editor.GitHub?.RepositoryId,
        };
        await _table.AddEntityAsync(entity, cancellationToken);
    }

    public async Task<CourseEditor?> GetAsync(string courseId, string editorId, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(courseId, editorId, cancellationToken: cancellationToken);
        return row.HasValue ? ToEditor(row.Value!) : null;
    }

    /// <summary>The course's editors, oldest first.</summary>
    public async Task<IReadOnlyList<CourseEditor>> ListAsync(string courseId, CancellationToken cancellationToken)
    {
        var editors = new List<CourseEditor>();
        var rows = _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {courseId}"), cancellationToken: cancellationToken);
        await foreach (var row in rows)
            editors.Add(ToEditor(row));
        return [.. editors.OrderBy(editor => editor.CreatedAt).ThenBy(editor => editor.Id, StringComparer.Ordinal)];
    }

    /// <summary>Pins the repository id a trusted publisher's first accepted token carried; a concurrent pin wins once.</summary>
    public async Task PinRepositoryIdAsync(string courseId, string editorId, string repositoryId, CancellationToken cancellationToken)
    {
        try
        {
            var repositoryIdOnly = new TableEntity(courseId, editorId) { ["GitHubRepositoryId"] = repositoryId };
            await _table.UpdateEntityAsync(repositoryIdOnly, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            // Revoked meanwhile: nothing to pin.
        }
    }

    /// <summary>Revokes an editor; false when there was none by that id.</summary>
    public async Task<bool> DeleteAsync(string courseId, string editorId, CancellationToken cancellationToken)
    {
        // The SDK answers a delete of a missing row with its 404 response rather than an exception.
        var response = await _table.DeleteEntityAsync(courseId, editorId, ETag.All, cancellationToken);
        return response.Status != 404;
    }

    /// <summary>Revokes every editor of a course (when the course is removed), so that a new course of the same id starts with none.</summary>
    public async Task DeleteAllAsync(string courseId, CancellationToken cancellationToken)
    {
        foreach (var editor in await ListAsync(courseId, cancellationToken))
            await DeleteAsync(courseId, editor.Id, cancellationToken);
    }

    private static CourseEditor ToEditor(TableEntity row)
    {
        var repository = row.GetString("GitHubRepository");
        return new CourseEditor(row.PartitionKey, row.RowKey, row.GetString("Name") ?? "", row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.UnixEpoch,
            row.GetBinary("TokenSha256"),
            repository is null
                ? null
                : new GitHubPublisher(repository, row.GetString("GitHubRef"), row.GetString("GitHubEnvironment"), row.GetString("GitHubRepositoryId")));
    }
}
