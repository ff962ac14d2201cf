using Azure;

namespace CourseFunctions.Core.Storage;

public static class StorageFailure
{
    /// <summary>
    /// True for an error of the storage service or of the way to it. After its retries, Azure.Core
    /// reports an unreachable endpoint as an AggregateException of RequestFailedExceptions.
    /// </summary>
    public static bool Is(Exception error) => error switch
    {
        RequestFailedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(Is),
        _ => false,
    };
}
