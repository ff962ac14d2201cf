using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Core.Http.Editing;

/// <summary>
/// Writes need the version the editor read: If-Match with the resource's ETag (or "*" for whatever is
/// there), or If-None-Match: * to create. Without either, two editors could overwrite each other.
/// </summary>
internal static class Preconditions
{
    public static (WriteCondition? Condition, IApiResult? Problem) Read(HttpRequest request, bool mayCreate)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString().Trim();
        if (mayCreate && ifNoneMatch == "*") return (WriteCondition.CreateOnly, null);
        var ifMatch = request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.Length == 0) return (null, ApiProblems.PreconditionRequired(mayCreate));
        if (ifMatch == "*") return (WriteCondition.Matching("*"), null);
        var tag = ifMatch.StartsWith("W/", StringComparison.Ordinal) ? ifMatch[2..] : ifMatch;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' && !tag[1..^1].Contains('"')
            ? (WriteCondition.Matching(tag[1..^1]), null)
            : (null, ApiProblems.PreconditionFailed());
    }
}
