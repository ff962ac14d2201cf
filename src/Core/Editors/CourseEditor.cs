namespace CourseFunctions.Core.Editors;

/// <summary>
/// A credential the operator gave for one course: either a Bearer token (of which only the SHA-256 is kept)
/// or a GitHub repository trusted to publish the course from its CI (an OIDC token, nothing stored).
/// </summary>
/// <param name="Id">16 lower-case hex digits, the row key.</param>
/// <param name="Name">The name the operator gave ("Ada (TA)"): the identity the audit log records.</param>
/// <param name="TokenSha256">The SHA-256 of the editor's token; null for a trusted publisher.</param>
/// <param name="GitHub">The repository and ref or environment a trusted publisher's token must name; null for a token editor.</param>
public sealed record CourseEditor(string CourseId, string Id, string Name, DateTimeOffset CreatedAt, byte[]? TokenSha256, GitHubPublisher? GitHub);

/// <summary>
/// Which GitHub Actions runs may publish: the <c>repository</c> claim, and the <c>ref</c> or the <c>environment</c>
/// claim (each one given must match). <paramref name="RepositoryId"/> is the <c>repository_id</c> seen on the first
/// accepted token: a repository deleted and re-created under the same name has another id, and is refused.
/// </summary>
public sealed record GitHubPublisher(string Repository, string? Ref, string? Environment, string? RepositoryId = null);
