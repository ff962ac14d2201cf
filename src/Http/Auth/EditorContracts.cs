using System.Text.Json.Serialization;

namespace CourseFunctions.Http.Auth;

/// <summary>The body of POST /api/courses/{courseId}/editors: the name the audit log will record.</summary>
public sealed record EditorWrite(string? Name);

/// <summary>An editor as listed: never its token, which only the answer to its creation carries.</summary>
public sealed record EditorResponse(string Id, string Name, DateTimeOffset CreatedAt)
{
    /// <summary>Shown once, in the 201 that created the editor; stored only as a hash.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Token { get; init; }
}

public sealed record EditorListResponse(string CourseId, IReadOnlyList<EditorResponse> Editors);
