using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Http.Editing;

/// <summary>
/// Writes need the version the editor read: If-Match with the resource's ETag (or "*" for whatever is
/// there), or If-None-Match: * to create. Without either, two editors could overwrite each other. Any tag
/// the API handed out is accepted back, the compressed representations' ("….br") included.
/// </summary>
internal static class Preconditions
{
    public static (WriteCondition? Condition, IApiResult? Problem) Read(HttpRequest request, bool mayCreate)
    {
        if (mayCreate && EntityTag.Parse(request.Headers.IfNoneMatch) is { Any: true }) return (WriteCondition.CreateOnly, null);
        if (string.IsNullOrWhiteSpace(request.Headers.IfMatch)) return (null, ApiProblems.PreconditionRequired(mayCreate));
        return EntityTag.Parse(request.Headers.IfMatch) switch
        {
            { Any: true } => (WriteCondition.Matching("*"), null),
            // Storage checks one version atomically with the write; an editor has read exactly one.
            { Versions: [var version] } => (WriteCondition.Matching(version), null),
            _ => (null, ApiProblems.PreconditionFailed()),
        };
    }
}
