using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Slides;

/// <summary>
/// What a blob name says: <c>{courseId}/{file}.pdf</c>, sub-folders allowed, and a session date when
/// the path holds an ISO date (<c>iasd2025/2025-01-24-lazy-training.pdf</c>, <c>iasd2025/2025-01-24/part1.pdf</c>)
/// or the blob has metadata <c>session=2025-01-24</c>.
/// </summary>
public sealed partial record SlideLocation(string BlobName, string? CourseId, string FileName, DateOnly? SessionDate)
{
    public const string SessionMetadataKey = "session";

    /// <summary>Failures of files outside any existing course are recorded here; '~' can never start a course id.</summary>
    public const string UnassignedPartition = "~unassigned";

    [GeneratedRegex(@"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")]
    private static partial Regex IsoDate();

    public string MaterialId => MaterialIdFor(BlobName);

    public static string MaterialIdFor(string blobName) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(blobName)))[..16].ToLowerInvariant();

    public static SlideLocation Parse(string blobName, IDictionary<string, string>? metadata = null)
    {
        var slash = blobName.IndexOf('/');
        var first = slash > 0 ? blobName[..slash] : null;
        var courseId = Courses.CourseId.IsValid(first) ? first : null;
        var fileName = blobName[(blobName.LastIndexOf('/') + 1)..];
        var metadataDate = metadata is not null && metadata.TryGetValue(SessionMetadataKey, out var value) ? ParseDate(value) : null;
        var pathDate = slash > 0 ? IsoDate().Matches(blobName[(slash + 1)..]).Select(m => ParseDate(m.Value)).FirstOrDefault(d => d is not null) : null;
        return new SlideLocation(blobName, courseId, fileName, metadataDate ?? pathDate);
    }

    private static DateOnly? ParseDate(string text) =>
        WireFormats.TryParseDate(text.Trim(), out var date) ? date : null;
}
