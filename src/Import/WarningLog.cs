namespace CourseFunctions.Import;

/// <summary>Collects warnings while a page is read. Markdig counts lines from 0; people count from 1.</summary>
internal sealed class WarningLog
{
    private readonly List<ImportWarning> _warnings = [];

    public IReadOnlyList<ImportWarning> All => _warnings;

    public void AtMarkdownLine(int zeroBasedLine, string message) => _warnings.Add(new ImportWarning(zeroBasedLine + 1, message));

    public void AtLine(int? line, string message) => _warnings.Add(new ImportWarning(line, message));

    /// <summary>Rows of a schedule block that became no session (no date, or one that does not read): they lower the confidence.</summary>
    public int SkippedRows { get; private set; }

    /// <summary>A row of a schedule block left out, said and counted.</summary>
    public void RowSkipped(int? line, string message)
    {
        SkippedRows++;
        AtLine(line, message);
    }

    /// <summary>A warning about a guess that moves every session (the zone), said before all others.</summary>
    public void First(string message) => _warnings.Insert(0, new ImportWarning(null, message));

    /// <summary>Enough of a value quoted in a warning to recognise it, never the whole of a long or hostile one.</summary>
    public static string Shown(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>Takes on the warnings of a reading kept apart until it was chosen.</summary>
    public void Adopt(WarningLog other)
    {
        _warnings.AddRange(other._warnings);
        SkippedRows += other.SkippedRows;
    }
}
