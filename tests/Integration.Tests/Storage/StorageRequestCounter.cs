using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CourseFunctions.Integration.Tests.Storage;

/// <summary>
/// Counts what a piece of work asks of Table Storage: reads, entity-group transactions and the operations they carry (read
/// from each transaction's multipart body), and writes of a single entity (the catalog's revision, outside the course).
/// </summary>
internal sealed class StorageRequestCounter : HttpPipelinePolicy
{
    private int _reads;
    private int _transactions;
    private int _operations;
    private int _singleWrites;

    public StorageCost Cost => new(_reads, _transactions, _operations, _singleWrites);

    public void Reset() => (_reads, _transactions, _operations, _singleWrites) = (0, 0, 0, 0);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Count(HttpMessage message)
    {
        if (message.Request.Method == RequestMethod.Get)
        {
            Interlocked.Increment(ref _reads);
            return;
        }
        if (!message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _singleWrites);
            return;
        }
        Interlocked.Increment(ref _transactions);
        Interlocked.Add(ref _operations, OperationsIn(message));
    }

    /// <summary>Each operation of a transaction is one HTTP request line inside the batch's body.</summary>
    private static int OperationsIn(HttpMessage message)
    {
        using var body = new MemoryStream();
        message.Request.Content!.WriteTo(body, CancellationToken.None);
        var text = Encoding.UTF8.GetString(body.ToArray());
        var count = 0;
        for (var at = text.IndexOf(" HTTP/1.1\r\n", StringComparison.Ordinal); at >= 0; at = text.IndexOf(" HTTP/1.1\r\n", at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
