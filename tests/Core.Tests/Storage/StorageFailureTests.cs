using Azure;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Core.Tests.Storage;

/// <summary>The edges on which the API, the read model and the health probe used to disagree.</summary>
public class StorageFailureTests
{
    public static TheoryData<Exception> Failures => new()
    {
        new RequestFailedException(503, "Server busy"),
        new HttpRequestException("Connection refused"),
        new StorageUnavailableException(null),
        new AggregateException(new RequestFailedException("retry 1"), new HttpRequestException("retry 2")),
    };

    public static TheoryData<Exception> NotFailures => new()
    {
        new InvalidOperationException("a bug"),
        new NullReferenceException(),
        new AggregateException(new RequestFailedException("retry 1"), new InvalidOperationException("a bug")),
        new AggregateException(),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Service_and_network_errors_are_storage_failures(Exception error)
    {
        Assert.True(StorageFailure.Is(error));
        Assert.True(StorageFailure.IsOrTimedOut(error));
    }

    [Theory]
    [MemberData(nameof(NotFailures))]
    public void Programming_errors_are_not(Exception error)
    {
        Assert.False(StorageFailure.Is(error));
        Assert.False(StorageFailure.IsOrTimedOut(error));
    }

    [Fact]
    public void A_passed_deadline_or_a_network_timeout_is_storage_not_answering_in_time()
    {
        Assert.False(StorageFailure.Is(new OperationCanceledException()));
        Assert.True(StorageFailure.IsOrTimedOut(new OperationCanceledException()));
        Assert.True(StorageFailure.IsOrTimedOut(new TaskCanceledException()));
        Assert.True(StorageFailure.IsOrTimedOut(new TimeoutException()));
    }
}
