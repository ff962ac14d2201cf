using Azure;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// The one answer to "did storage fail?", for the API (503), the read model (serve the cached copy), the health
/// probe, the indexer and the tools. Programming errors are none of these and surface as they are.
/// </summary>
public static class StorageFailure
{
    /// <summary>
    /// An error of the storage service or of the way to it, or no copy to serve when it did not answer. After its
    /// retries, Azure.Core reports an unreachable endpoint as an AggregateException of RequestFailedExceptions.
    /// </summary>
    public static bool Is(Exception error) => error switch
    {
        RequestFailedException or HttpRequestException or StorageUnavailableException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(Is),
        _ => false,
    };

    /// <summary>
    /// <see cref="Is"/>, or storage did not answer in time: a deadline passed (a cancellation) or the SDK's network
    /// timeout. Callers check that the request itself was not aborted before they call it a storage failure.
    /// </summary>
    public static bool IsOrTimedOut(Exception error) => Is(error) || error is OperationCanceledException or TimeoutException;
}
