using CourseFunctions.Core.Representation;

namespace CourseFunctions.Core.Notifications;

/// <summary>
/// The API's public base URL for links in notices, which are made with no request to take the host from. Without
/// one, a notice's links are relative to the API's host (/api/…) and chat messages carry none.
/// </summary>
public sealed record NoticeLinks(string? PublicApiBase)
{
    public string ApiBase => PublicApiBase?.TrimEnd('/') ?? "/" + ApiRoutes.Prefix;
}
