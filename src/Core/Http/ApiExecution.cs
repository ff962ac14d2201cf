using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CourseFunctions.Core.Http;

/// <summary>Runs a handler so that every failure becomes problem+json, and storage errors never reach the client.</summary>
internal static class ApiExecution
{
    public static async Task<IApiResult> RunAsync(HttpRequest request, ILogger logger, Func<CancellationToken, Task<IApiResult>> handler)
    {
        try
        {
            return await handler(request.HttpContext.RequestAborted);
        }
        catch (Exception error) when (StorageFailure.Is(error))
        {
            logger.LogError(error, "Storage failed while serving {Path}", request.Path);
            return ApiProblems.StorageUnavailable();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Unexpected failure while serving {Path}", request.Path);
            return ApiResult.Problem(StatusCodes.Status500InternalServerError, "Internal error", "The request could not be served. It has been logged.");
        }
    }
}
