using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import;

/// <summary>
/// Drops links the course site must not serve (see <see cref="WebUrl.IsSafeLink"/>): a page's
/// [Slides](javascript:…) would otherwise be stored and put into an href by the widget.
/// </summary>
internal static class UnsafeLinks
{
    public static Course Drop(Course course, WarningLog warnings)
    {
        if (course.PageUrl is { } page && !WebUrl.IsSafeLink(page))
        {
            warnings.AtLine(null, $"The page URL \"{WarningLog.Shown(page)}\" is not an http(s) or site link; it was left out.");
            course = course with { PageUrl = null };
        }
        var literature = course.Literature.Select(item =>
        {
            if (item.Url is null || WebUrl.IsSafeLink(item.Url)) return item;
            warnings.AtLine(null, $"The link of \"{WarningLog.Shown(item.Title)}\" in the literature is not an http(s), mailto or site link; it was left out.");
            return item with { Url = null };
        }).ToList();
        return course with { Literature = literature };
    }

    public static Session Drop(Session session, WarningLog warnings)
    {
        var safe = session.Materials.Where(material => WebUrl.IsSafeLink(material.Url)).ToList();
        foreach (var material in session.Materials.Except(safe))
            warnings.AtLine(null, $"{WireFormats.Date(session.Date)}: the link \"{WarningLog.Shown(material.Title)}\" "
                + "is not an http(s), mailto or site link; it was left out.");
        return safe.Count == session.Materials.Count ? session : session with { Materials = safe };
    }
}
