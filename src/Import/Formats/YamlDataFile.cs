namespace CourseFunctions.Import;

/// <summary>
/// A site's schedule data file (<c>_data/schedule.yml</c>) is the front matter of a page without a body: a YAML list
/// of entries with dates is its schedule list (line numbers in warnings two more than in the file), a mapping is the
/// front matter itself (one more).
/// </summary>
internal sealed class YamlDataFile : IPageFormat
{
    public string Name => "YAML data file";

    public PageFormatKind Kind => PageFormatKind.Filter;

    public bool AppliesTo(PageText page) =>
        page.FileName is { } fileName
        && (fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
        && !page.Source.TrimStart().StartsWith("---", StringComparison.Ordinal);

    public string Convert(PageText page)
    {
        var source = page.Source;
        // A list of entries is the schedule; a mapping (semester_start, weeks: …) is the front matter itself.
        var firstEntry = source.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0 && !line.StartsWith('#')) ?? "";
        return firstEntry.StartsWith('-')
            ? "---\nschedule:\n" + string.Join('\n', source.Split('\n').Select(line => "  " + line)) + "\n---\n"
            : "---\n" + source + "\n---\n";
    }
}
