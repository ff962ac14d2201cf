using System.Security.Cryptography;
using System.Text;
using CourseFunctions.Http;
using CourseFunctions.Http.Editing;
using Microsoft.Extensions.Options;

namespace CourseFunctions.DevServer;

/// <summary>
/// What the Functions host does for AuthorizationLevel.Function: the key in the x-functions-key header
/// or the code query must match, or the answer is 401, with no hint whether the course exists.
/// </summary>
internal sealed class FunctionKeyFilter(IOptions<DevServerOptions> options) : IEndpointFilter
{

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var given = request.Headers[FunctionKey.Header].FirstOrDefault() ?? request.Query[FunctionKey.QueryParameter].FirstOrDefault();
        var expected = options.Value.EditKey;
        if (string.IsNullOrEmpty(expected) || given is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
            return ApiProblems.Unauthorized();
        context.HttpContext.User = Editors.PrincipalForKey("devserver");
        return await next(context);
    }
}
