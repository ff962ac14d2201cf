using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import;

/// <summary>Turns what a schedule row says into a session: times from the class times, status and kind from its words.</summary>
internal sealed partial class SessionFactory(ClassTimesReader.Reading classTimes, WarningLog warnings)
{
    private static readonly Regex CancellationMarkerPattern = Vocabulary.StartsWithWord(Vocabulary.AllCancellationPhrases, @"\W*");
    private static Regex CancellationMarker() => CancellationMarkerPattern;

    private static readonly Regex ExamWordPattern = Vocabulary.AnyWord(Vocabulary.ExamWords);
    private static Regex ExamWord() => ExamWordPattern;

    private static readonly Regex OtherWordPattern = Vocabulary.StartsWithWord(Vocabulary.OtherWords);
    private static Regex OtherWord() => OtherWordPattern;

    /// <summary>A cross mark in a row says the session is off.</summary>
    [GeneratedRegex("[❌✗✘]", RegexOptions.NonBacktracking)]
    private static partial Regex CrossMark();

    private static readonly Regex LabWordPattern = Vocabulary.StartsWithWord(Vocabulary.LabWords);
    private static Regex LabWord() => LabWordPattern;

    [GeneratedRegex(@"^\s*(?:[-*•·]|[0-9]+[.)])\s+", RegexOptions.NonBacktracking)]
    private static partial Regex BulletMarker();

    // GitHub emoji shortcodes (":date:", ":checkered_flag:") that Jekyll's jemoji turns into pictures: no part of a topic.
    // A shortcode stands alone between spaces: each run of non-space is looked at whole (WithoutShortcodes).
    [GeneratedRegex(@"^:[a-z_+-][a-z0-9_+-]{1,30}:$", RegexOptions.NonBacktracking)]
    private static partial Regex EmojiShortcode();

    // "15:45", "15:45:", "08:30 Introduction", "9h30 -": a 24-hour time of its own (LeadingTime), not the start of a range
    // ("14:00-16:00") or a time with a meridiem (NotALeadingTime, tried on what follows the minutes).
    [GeneratedRegex(@"^(?<h>[01]?[0-9]|2[0-3])[:h](?<m>[0-5][0-9])\s*[:\-–—]?(?:\s+|$)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LeadingTime();

    [GeneratedRegex(@"^\s*(?:(?:[-–—]|to\b|until\b)\s*[0-9]|[ap]\.?m\b)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NotALeadingTime();

    // "Memorial Day (No Class)", "Labor Day, no class", "Labor Day，停课", "NONE - SPRING BREAK": the marker in brackets,
    // or closing the text after a comma or dash (any word for a break there but "break" alone, which may end a topic).
    // NonBacktracking: a cell may hold a long run of "(".
    private static readonly Regex BracketedCancellationPattern = new(
        $@"[(（]\s*(?:{string.Join("|", Vocabulary.ExplicitCancellationPhrases)})\b[^)）]{{0,80}}[)）]"
        + $@"|[,，;；–—-]\s*(?:{string.Join("|", Vocabulary.CancellationPhrases.Where(phrase => phrase != "break"))})\s*[.。!]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex ExplicitCancellationPattern = Vocabulary.AnyWord(Vocabulary.ExplicitCancellationPhrases);

    private static readonly Regex LanguageCancellationPattern = new(
        $@"\b(?:{string.Join("|", Vocabulary.LanguageCancellationSentences)})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Whether a text says, anywhere, that sessions are off ("11/11 Veterans Day、11/25 Thanksgiving 停课").</summary>
    public static bool MentionsCancellation(string text) =>
        ExplicitCancellationPattern.IsMatch(text) || LanguageCancellationPattern.IsMatch(Core.Slides.SearchText.Fold(text));

    /// <summary>The days of the week the class times name (none when the page gives no class times).</summary>
    public IEnumerable<DayOfWeek> ClassDays => classTimes.ClassTimes.Select(time => time.Day);

    /// <summary>Whether the text says its session is off, as written or without accents ("Keine Vorlesung", "Vorlesung entfällt").</summary>
    public static bool IsCancellationMarker(string text)
    {
        if (CancellationMarker().IsMatch(text) || BracketedCancellationPattern.IsMatch(text)) return true;
        var folded = text.All(char.IsAscii) ? text : Core.Slides.SearchText.Fold(text);
        return LanguageCancellationPattern.IsMatch(folded)
            || folded != text && (CancellationMarker().IsMatch(folded) || BracketedCancellationPattern.IsMatch(folded));
    }

    /// <summary>The longest shortcode the pattern admits: ':' + 31 characters + ':'.</summary>
    private const int LongestShortcode = 33;

    /// <summary>
    /// The text without its shortcodes, split into runs of non-space by hand: NonBacktracking's \S+ took 6.5 s to match
    /// one 1 MiB run of "p:" (a hostile topic cell of "http://", bench/run-import.sh), and longer runs are no shortcode.
    /// </summary>
    private static string WithoutShortcodes(string text)
    {
        if (!text.Contains(':')) return text;
        var kept = new StringBuilder(text.Length);
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && char.IsWhiteSpace(text[end]) == char.IsWhiteSpace(text[start])) end++;
            var run = text.AsSpan(start, end - start);
            var shortcode = !char.IsWhiteSpace(text[start]) && run.Length <= LongestShortcode && EmojiShortcode().IsMatch(run);
            if (!shortcode) kept.Append(run);
            start = end;
        }
        return kept.ToString();
    }

    /// <param name="ownHours">The row's own hours ("time: 13:30-15:30" in a data file's entry), over the class times.</param>
    public Session Create(DateOnly date, IEnumerable<string> lines, bool struck, bool flaggedCancelled,
        IReadOnlyList<MaterialLink> materials, int line, (TimeOnly Start, TimeOnly? End)? ownHours = null)
    {
        var topics = lines.Select(text => WithoutShortcodes(BulletMarker().Replace(text, "")).Trim()).Where(text => text.Length > 0).ToList();
        // "15:45:" on a line of its own, or opening the first line ("08:30 Introduction"): the session's start.
        TimeOnly? ownStart = null;
        if (topics.Count > 0 && LeadingTime().Match(topics[0]) is { Success: true } leading
            && !NotALeadingTime().IsMatch(topics[0].AsSpan(leading.Groups["m"].Index + leading.Groups["m"].Length)))
        {
            ownStart = new TimeOnly(
                int.Parse(leading.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(leading.Groups["m"].Value, CultureInfo.InvariantCulture));
            topics[0] = topics[0][leading.Length..].Trim();
            if (topics[0].Length == 0) topics.RemoveAt(0);
        }
        var marker = topics.FirstOrDefault(IsCancellationMarker);
        var crossed = topics.Any(topic => CrossMark().IsMatch(topic));
        var cancelled = flaggedCancelled || struck || crossed || marker is not null;
        var (start, end) = ownHours is ({ } hoursStart, { } hoursEnd) ? (hoursStart, hoursEnd)
            : ownHours is ({ } startOnly, null) ? StartingAt(startOnly, date)
            : ownStart is { } own ? StartingAt(own, date) : TimesFor(date, line);
        return new Session
        {
            Date = date,
            Start = start,
            End = end,
            Status = cancelled ? SessionStatus.Cancelled : SessionStatus.Scheduled,
            Kind = KindOf(topics),
            // A cancellation marker such as "No class" is a note about the session, not a topic taught.
            Topics = topics.Where(topic => topic != marker).Select(topic => CrossMark().Replace(topic, "").Trim()).Where(topic => topic.Length > 0).ToList(),
            Materials = materials,
            Note = marker,
        };
    }

    private static SessionKind KindOf(IReadOnlyList<string> topics) =>
        topics.Any(topic => ExamWord().IsMatch(topic) || ExamWord().IsMatch(Core.Slides.SearchText.Fold(topic))) ? SessionKind.Exam
        : topics.Count > 0 && topics.All(topic => LabWord().IsMatch(topic)) ? SessionKind.Lab
        : topics.Count > 0 && topics.All(topic => OtherWord().IsMatch(topic)) ? SessionKind.Other
        : SessionKind.Lecture;

    /// <summary>
    /// A session whose row gives only its start: as long as the class usually is that day, else with no end (a calendar
    /// shows it at its start). Nothing is made up: no usual length, no end.
    /// </summary>
    private (TimeOnly?, TimeOnly?) StartingAt(TimeOnly start, DateOnly date)
    {
        var usual = classTimes.ClassTimes.FirstOrDefault(time => time.Day == date.DayOfWeek) is { } slot ? slot.End - slot.Start : (TimeSpan?)null;
        return usual is { } length && start.Add(length) > start ? (start, start.Add(length)) : (start, null);
    }

    private (TimeOnly?, TimeOnly?) TimesFor(DateOnly date, int line)
    {
        var slot = classTimes.ClassTimes.FirstOrDefault(time => time.Day == date.DayOfWeek);
        if (slot is not null) return (slot.Start, slot.End);
        if (classTimes.DaylessRange is { } range) return (range.Start, range.End);
        // "Mercredi 10h", "Uhrzeit: 18h00": the page gives the start only, so the session has no end.
        if (classTimes.Starts.TryGetValue(date.DayOfWeek, out var start)) return (start, null);
        if (classTimes.DaylessStart is { } daylessStart) return (daylessStart, null);
        if (classTimes.ClassTimes.Count == 0) return (null, null);

        var days = string.Join(", ", classTimes.ClassTimes.Select(time => time.Day));
        var fallback = classTimes.ClassTimes.Select(time => (time.Start, time.End)).Distinct().ToList();
        if (fallback.Count == 1)
        {
            warnings.AtLine(line, $"{WireFormats.Date(date)} is a {date.DayOfWeek}, but class times are on {days}; used the usual hours.");
            return fallback[0];
        }
        warnings.AtLine(line, $"{WireFormats.Date(date)} is a {date.DayOfWeek}, but class times are on {days}; the session has no times.");
        return (null, null);
    }
}
