using System.Globalization;
using System.Text.Json;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Representation;

/// <summary>The change log to its JSON contract.</summary>
public static class ChangeMapping
{
    public static ChangeListResponse ToResponse(Course course, ChangePage page, int limit, string baseUrl)
    {
        var culture = ChangeWording.CultureOf(course);
        return new ChangeListResponse(course.Id,
            [.. page.Changes.Select(change => new ChangeResponse(
                change.Id,
                JsonNamingPolicy.CamelCase.ConvertName(change.Kind.ToString()),
                change.SessionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                change.Before,
                change.After,
                change.At,
                ChangeWording.Title(change, culture)))],
            page.NextCursor is null ? null : ApiLinks.ChangesPage(baseUrl, course.Id, limit, page.NextCursor),
            ApiLinks.ChangesAtom(baseUrl, course.Id));
    }
}
