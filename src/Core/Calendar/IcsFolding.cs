using System.Text;

namespace CourseFunctions.Core.Calendar;

/// <summary>
/// Re-folds serialized iCalendar text (RFC 5545 §3.1): lines of at most 75 octets, CRLF, and a fold
/// never inside a UTF-8 sequence, a surrogate pair or an escape such as <c>\,</c> or <c>\n</c>.
/// Ical.Net 5.2.4 folds by octets but may split an escape across a fold, which Google drops.
/// </summary>
public static class IcsFolding
{
    public const int MaxLineOctets = 75;

    public static string Refold(string ics)
    {
        var output = new StringBuilder(ics.Length + ics.Length / 50);
        foreach (var line in Unfold(ics))
            AppendFolded(output, line);
        return output.ToString();
    }

    private static IEnumerable<string> Unfold(string ics) =>
        ics.Replace("\r\n ", "").Replace("\r\n\t", "")
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static void AppendFolded(StringBuilder output, string line)
    {
        var octets = 0;
        var index = 0;
        while (index < line.Length)
        {
            var unitLength = UnitLength(line, index);
            var unitOctets = Encoding.UTF8.GetByteCount(line.AsSpan(index, unitLength));
            if (octets + unitOctets > MaxLineOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }
            output.Append(line, index, unitLength);
            octets += unitOctets;
            index += unitLength;
        }
        output.Append("\r\n");
    }

    /// <summary>An escape pair, a surrogate pair, or one character: the pieces a fold must not split.</summary>
    private static int UnitLength(string line, int index)
    {
        if (line[index] == '\\' && index + 1 < line.Length)
            return 1 + (char.IsHighSurrogate(line[index + 1]) && index + 2 < line.Length ? 2 : 1);
        return char.IsHighSurrogate(line[index]) && index + 1 < line.Length ? 2 : 1;
    }
}
