using CourseFunctions.Core.Editors;

namespace CourseFunctions.Http.Auth;

/// <summary>Which registered trusted publisher of a course, if any, a valid GitHub token stands for.</summary>
public static class TrustedPublishers
{
    /// <summary>
    /// The repository (GitHub names ignore case), and each of ref and environment the publisher names; once a
    /// token was accepted, also its repository id, which a repository re-created under the same name does not keep.
    /// </summary>
    public static bool Matches(GitHubPublisher publisher, GitHubClaims claims) =>
        string.Equals(publisher.Repository, claims.Repository, StringComparison.OrdinalIgnoreCase)
        && (publisher.Ref is null || string.Equals(publisher.Ref, claims.Ref, StringComparison.Ordinal))
        && (publisher.Environment is null || string.Equals(publisher.Environment, claims.Environment, StringComparison.OrdinalIgnoreCase))
        && (publisher.RepositoryId is null || string.Equals(publisher.RepositoryId, claims.RepositoryId, StringComparison.Ordinal));

    /// <summary>How a token presented itself, for a 403 that tells the workflow's author what to register.</summary>
    public static string Describe(GitHubClaims claims) =>
        $"repository '{claims.Repository}'" + (claims.Ref is null ? "" : $", ref '{claims.Ref}'")
        + (claims.Environment is null ? "" : $", environment '{claims.Environment}'");
}
