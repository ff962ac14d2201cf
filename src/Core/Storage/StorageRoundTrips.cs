using Azure.Core;
using Azure.Core.Pipeline;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// Counts the storage requests a piece of work makes: the API reports them per request (Server-Timing), so
/// that a benchmark, or an operator, can see that a cached read made none.
/// </summary>
public sealed class StorageRoundTrips : HttpPipelineSynchronousPolicy
{
    private static readonly AsyncLocal<StrongBox> Current = new();

    private sealed class StrongBox
    {
        public int Count;
    }

    /// <summary>Starts counting for the current async flow; read the count with <see cref="Counted"/>.</summary>
    public static void Begin() => Current.Value = new StrongBox();

    public static int Counted => Current.Value?.Count ?? 0;

    public override void OnSendingRequest(HttpMessage message)
    {
        if (Current.Value is { } box) Interlocked.Increment(ref box.Count);
    }
}
