using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Http.Editing;

/// <summary>Who made an edit, for the audit log: the key that authorised it, and the name the editor gave.</summary>
public static class Editors
{
    /// <summary>The claim the Functions host, and the DevServer after checking its key, put on the request.</summary>
    public const string KeyIdClaim = "http://schemas.microsoft.com/2017/07/functions/claims/keyid";

    /// <summary>An optional, self-declared name ("Ada, teaching assistant"), recorded beside the key.</summary>
    public const string EditorHeader = "X-Editor";

    public static string Of(HttpRequest request)
    {
        var key = request.HttpContext.User.FindFirst(KeyIdClaim)?.Value ?? "function key";
        var name = request.Headers[EditorHeader].ToString().Trim();
        if (name.Length > 100) name = name[..100];
        return name.Length == 0 ? $"key:{key}" : $"key:{key} ({name})";
    }

    public static ClaimsPrincipal PrincipalForKey(string keyId) =>
        new(new ClaimsIdentity([new Claim(KeyIdClaim, keyId)], "FunctionKey"));
}
