using CourseFunctions.Http.Cors;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace CourseFunctions.Functions;

/// <summary>
/// The app's CORS in Azure, as the DevServer does it: an OPTIONS request is answered as a preflight without
/// running the function, and every other response is granted to allowed origins.
/// </summary>
public sealed class CorsMiddleware(CorsPolicy cors) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }
        if (HttpMethods.IsOptions(http.Request.Method))
        {
            await cors.Preflight(http.Request).ExecuteAsync(http);
            return;
        }
        cors.AllowResponse(http);
        await next(context);
    }
}
