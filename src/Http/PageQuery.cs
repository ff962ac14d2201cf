using System.Globalization;
using CourseFunctions.Core.Changes;
using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Http;

/// <summary>
/// The paging of the logs (audit, changes): <c>?limit=</c> from 1 to <paramref name="Max"/>, and <c>?after=</c>, the cursor
/// of the previous page's <c>next</c> link.
/// </summary>
internal sealed record PageQuery(int Limit, string? After, bool Given)
{
    public static (PageQuery? Query, IApiResult? Problem) Read(HttpRequest request, int defaultLimit, int max)
    {
        var errors = new Dictionary<string, string[]>();
        var limitText = request.Query["limit"].ToString();
        var limit = defaultLimit;
        if (limitText.Length > 0 && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > max))
            errors["limit"] = [$"Give a whole number from 1 to {max}."];
        var after = request.Query["after"].ToString();
        if (after.Length > 0 && !NewestFirstKey.IsValid(after))
            errors["after"] = ["Use the next link of the previous page."];
        return errors.Count > 0
            ? (null, ApiResult.ValidationProblem(errors))
            : (new PageQuery(limit, after.Length > 0 ? after : null, limitText.Length > 0 || after.Length > 0), null);
    }
}
