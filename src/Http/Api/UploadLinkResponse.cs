namespace CourseFunctions.Http.Api;

/// <summary>Upload the PDF with <c>method</c> to <c>uploadUrl</c>, sending <c>headers</c>, before <c>expiresAt</c>.</summary>
public sealed record UploadLinkResponse(
    string BlobName, string UploadUrl, string Method, IReadOnlyDictionary<string, string> Headers, DateTimeOffset ExpiresAt);
