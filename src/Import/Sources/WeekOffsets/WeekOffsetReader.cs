using CourseFunctions.Core.Courses;
using YamlDotNet.RepresentationModel;

namespace CourseFunctions.Import;

/// <summary>
/// Reads schedules whose dates are computed, not written (a Jekyll data file the page's Liquid turns into dates): a
/// term start (<c>semester_start: "2025-01-12T00:00:00-04:00"</c>) and <c>weeks:</c> entries with a
/// <c>week_offset</c> and <c>sessions</c> that name their day ("M", "W", "Thursday"). Each session falls on the first
/// such weekday on or after the start plus its week's offset. The dates are reported as derived.
/// </summary>
internal static class WeekOffsetReader
{
    public static readonly string[] StartKeys = ["semester_start", "start_date", "term_start", "first_day"];

    public static IEnumerable<(Session Session, int Line)> Read(FrontMatter frontMatter, SessionFactory sessions, WarningLog warnings)
    {
        var weeks = frontMatter.GetMappings("weeks");
        // "2025-01-12T00:00:00-04:00": the date is the first ten characters, whatever the offset says.
        if (weeks.Count == 0 || frontMatter.GetString(StartKeys) is not { Length: >= 10 } startText
            || !WireFormats.TryParseDate(startText[..10], out var start))
            yield break;
        warnings.AtLine(weeks[0].Line,
            $"Dates were derived from the term start ({WireFormats.Date(start)}) and each week's offset; check them with --dry-run.");
        foreach (var (week, _) in weeks.Take(60))
        {
            if (!int.TryParse(FrontMatter.Scalar(FrontMatter.Find(week, "week_offset", "week")), out var offset) || offset is < 0 or > 60) continue;
            if (FrontMatter.Find(week, "sessions") is not YamlSequenceNode list) continue;
            foreach (var entry in list.Children.OfType<YamlMappingNode>().Take(14))
            {
                if (FrontMatter.Scalar(FrontMatter.Find(entry, "day")) is not { } dayText || ClassTimesReader.ToDay(dayText) is not { } day) continue;
                var weekStart = start.AddDays(7 * offset);
                var date = weekStart.AddDays(((int)day - (int)weekStart.DayOfWeek + 7) % 7);
                var topics = new[] { FrontMatter.Scalar(FrontMatter.Find(entry, "title")) }
                    .Concat(FrontMatter.Find(entry, "topics") is YamlSequenceNode details
                        ? details.Children.Select(item => item is YamlMappingNode named
                            ? FrontMatter.Scalar(FrontMatter.Find(named, "desc", "topic", "title"))
                            : FrontMatter.Scalar(item))
                        : [])
                    .OfType<string>();
                var line = frontMatter.LineOf(entry);
                yield return (sessions.Create(date, topics, struck: false, flaggedCancelled: false, Links(entry), line), line);
            }
        }
    }

    /// <summary>The links of a session's reading, video and resource lists ({title, link} entries).</summary>
    private static IReadOnlyList<MaterialLink> Links(YamlMappingNode entry) =>
        new[] { "materials", "slides", "videos", "pre_readings", "readings", "extra_resources" }
            .Select(key => FrontMatter.Find(entry, key)).OfType<YamlSequenceNode>()
            .SelectMany(list => list.Children.OfType<YamlMappingNode>())
            .Select(item => (Title: FrontMatter.Scalar(FrontMatter.Find(item, "title", "name")),
                Url: FrontMatter.Scalar(FrontMatter.Find(item, "link", "url"))))
            .Where(link => link.Url is not null)
            .Select(link => new MaterialLink(link.Title ?? "Link", link.Url!)).Take(50).ToList();
}
