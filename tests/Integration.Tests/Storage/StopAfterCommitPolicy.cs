using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CourseFunctions.Integration.Tests.Storage;

/// <summary>
/// A writer that stops right after its commit: once a transaction carrying a large write's marker ("PendingBatches", which
/// only the commit writes) has been stored, every later request of this client fails, as if the process had died.
/// </summary>
internal sealed class StopAfterCommitPolicy : HttpPipelinePolicy
{
    private volatile bool _stopped;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The store calls storage asynchronously.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (_stopped) throw new RequestFailedException("The writer stopped after its commit.");
        await ProcessNextAsync(message, pipeline);
        if (message.Response.Status < 300 && IsCommit(message)) _stopped = true;
    }

    private static bool IsCommit(HttpMessage message)
    {
        if (message.Request.Content is null) return false;
        using var body = new MemoryStream();
        message.Request.Content.WriteTo(body, CancellationToken.None);
        return Encoding.UTF8.GetString(body.ToArray()).Contains("\"PendingBatches\"", StringComparison.Ordinal);
    }
}
