using System.Text.Json.Serialization;

namespace CourseFunctions.Http.Auth;

/// <summary>
/// The body of POST /api/courses/{courseId}/editors: the name the audit log will record, and, for a trusted
/// publisher, the GitHub repository whose workflows may publish (then no token is made).
/// </summary>
public sealed record EditorWrite(string? Name, [property: JsonPropertyName("github")] GitHubPublisherWrite? GitHub = null);

/// <summary>A repository (<c>owner/name</c>), and the ref (<c>refs/heads/main</c>) or the environment its runs must have; at least one.</summary>
public sealed record GitHubPublisherWrite(string? Repository, string? Ref = null, string? Environment = null);

/// <summary>An editor as listed: never its token, which only the answer to its creation carries.</summary>
public sealed record EditorResponse(string Id, string Name, DateTimeOffset CreatedAt)
{
    /// <summary>Shown once, in the 201 that created the editor; stored only as a hash.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Token { get; init; }

    /// <summary>Set for a trusted publisher instead of a token.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("github")]
    public GitHubPublisherResponse? GitHub { get; init; }
}

/// <param name="RepositoryId">The repository's id, pinned from the first accepted token; null before.</param>
public sealed record GitHubPublisherResponse(string Repository, string? Ref, string? Environment, string? RepositoryId);

public sealed record EditorListResponse(string CourseId, IReadOnlyList<EditorResponse> Editors);
