using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>Reads the "**Label**: value" bullet list that course pages open with.</summary>
internal static partial class CourseInfoReader
{
    public sealed class CourseInfo
    {
        public List<string> InstructorNames { get; } = [];
        public List<string> Emails { get; } = [];
        public string? Semester { get; set; }
        public (string Text, int? Line)? ClassTimes { get; set; }
        public string? Location { get; set; }
    }

    [GeneratedRegex(@"[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b)\s*", RegexOptions.NonBacktracking)]
    private static partial Regex NameSeparator();

    /// <summary>Reads every labelled item of the lists in <paramref name="blocks"/> into <paramref name="info"/>.</summary>
    public static void Read(IEnumerable<Block> blocks, CourseInfo info, WarningLog warnings)
    {
        // Some pages set the same facts as a two-column table, often with an empty header row.
        foreach (var row in blocks.OfType<Markdig.Extensions.Tables.Table>().SelectMany(table => table.OfType<Markdig.Extensions.Tables.TableRow>()))
        {
            ImportBudget.ThrowIfSpent();
            var cells = row.OfType<Markdig.Extensions.Tables.TableCell>().Select(cell => InlineText.Of(cell).Text.Replace('\n', ' ').Trim()).ToList();
            if (cells.Count == 2 && cells[0].Length > 0
                && !Apply(Core.Slides.SearchText.Fold(cells[0].TrimEnd(':')), cells[1], row.Line + 1, info) && !row.IsHeader)
                warnings.AtMarkdownLine(row.Line, $"The course information \"{cells[0]}\" is not a field CourseFunctions knows; it was not imported.");
        }
        foreach (var item in blocks.OfType<ListBlock>().SelectMany(list => list.OfType<ListItemBlock>()))
        {
            ImportBudget.ThrowIfSpent();
            var text = InlineText.Of(item).Text.Replace('\n', ' ');
            var colon = text.IndexOf(':');
            if (colon <= 0)
            {
                warnings.AtMarkdownLine(item.Line, $"\"{text}\" has no \"Label: value\" form; it was not imported.");
                continue;
            }
            var label = Core.Slides.SearchText.Fold(text[..colon].Trim());
            var value = text[(colon + 1)..].Trim();
            if (!Apply(label, value, item.Line + 1, info))
                warnings.AtMarkdownLine(
                    item.Line, $"The course information \"{text[..colon].Trim()}\" is not a field CourseFunctions knows; it was not imported.");
        }
    }

    /// <summary>
    /// Reads "Label: value" lines of the intro's paragraphs ("Lectures: Tuesdays and Thursdays, 1:30-2:50pm"),
    /// only for labels it knows and fields the information list left empty: prose is not a list of facts.
    /// </summary>
    public static void ReadParagraphs(IEnumerable<Block> blocks, CourseInfo info)
    {
        foreach (var lines in blocks.OfType<ParagraphBlock>().Select(paragraph => InlineText.Of(paragraph).Lines().ToList()))
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var colon = line.IndexOf(':');
            if (colon <= 0 || colon > 30) continue;
            var label = Core.Slides.SearchText.Fold(line[..colon].Trim());
            var value = line[(colon + 1)..].Trim();
            // "**Class Time:**" with a hard line break: the value is the next line.
            if (value.Length == 0 && index + 1 < lines.Count) value = lines[++index].Trim();
            var empty = new CourseInfo();
            if (!Apply(label, value, 0, empty)) continue;
            info.Semester ??= empty.Semester;
            info.ClassTimes ??= empty.ClassTimes is { } times ? (times.Text, null) : null;
            info.Location ??= empty.Location;
        }
    }

    private static bool Apply(string label, string value, int line, CourseInfo info)
    {
        if (!Vocabulary.InfoLabels.TryGetValue(label, out var field)) return false;
        switch (field)
        {
            case Vocabulary.InfoField.Instructor: info.InstructorNames.AddRange(NameSeparator().Split(value).Where(name => name.Length > 0)); break;
            case Vocabulary.InfoField.Email: info.Emails.AddRange(EmailAddress().Matches(value).Select(match => match.Value)); break;
            case Vocabulary.InfoField.Semester: info.Semester = value; break;
            case Vocabulary.InfoField.ClassTimes: info.ClassTimes = (value, line); break;
            case Vocabulary.InfoField.Location: info.Location = value; break;
        }
        return true;
    }
}
