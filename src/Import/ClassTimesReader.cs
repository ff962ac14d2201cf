using System.Globalization;
using System.Text.RegularExpressions;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.Import;

/// <summary>
/// Reads weekly class times as people write them: "Fridays, 9:00 AM - 12:15 PM", "MWF 10:00-11:00",
/// "Tuesdays and Thursdays, 13:30-15:00", "9 am–noon on Mondays". Each time range applies to the days named before
/// it, else to those named after it.
/// </summary>
internal static partial class ClassTimesReader
{
    /// <param name="ClassTimes">The weekly slots with a start and an end, one per day.</param>
    /// <param name="DaylessRange">A range that names no day ("8:15-9:45 Uhr"): the hours of every class day.</param>
    /// <param name="Starts">Days whose class time gives only its start ("Mercredi 10h"), when no range names them.</param>
    /// <param name="DaylessStart">A start that names no day ("18h00"), when the text has no range at all.</param>
    public sealed record Reading(IReadOnlyList<ClassTime> ClassTimes, TimeRange? DaylessRange, IReadOnlyList<string> Problems)
    {
        public IReadOnlyDictionary<DayOfWeek, TimeOnly> Starts { get; init; } = new Dictionary<DayOfWeek, TimeOnly>();
        public TimeOnly? DaylessStart { get; init; }

        /// <summary>Whether the text gave any hours at all.</summary>
        public bool HasTimes => ClassTimes.Count > 0 || DaylessRange is not null || Starts.Count > 0 || DaylessStart is not null;

        /// <summary>
        /// This reading with the days of <paramref name="other"/> that it lacks ("Mondays, 14:15-16:00" above the lectures and
        /// "Fridays, 16:15-18:00" above the labs): a day keeps the hours read first.
        /// </summary>
        public Reading With(Reading other) => new(
            ClassTimes.Concat(other.ClassTimes).DistinctBy(time => time.Day).OrderBy(time => time.Day).ToList(),
            DaylessRange ?? other.DaylessRange, [.. Problems, .. other.Problems])
        {
            Starts = Starts.Concat(other.Starts.Where(start => !Starts.ContainsKey(start.Key))).ToDictionary(),
            DaylessStart = DaylessStart ?? other.DaylessStart,
        };
    }

    public sealed record TimeRange(TimeOnly Start, TimeOnly End);

    /// <summary>
    /// One clock time as pages write it: "14", "14:15", "14.15", "14h", "14h30", "2pm", "2 p.m.", "14時", "14時30分", "下午2点",
    /// "2点半", "午後3時". The groups end in the time's number (1 or 2) so that a range can hold two.
    /// </summary>
    private static string Clock(int n) =>
        $@"(?:(?<pre{n}>上午|下午|早上|晚上|中午|午前|午後)\s?)?(?<h{n}>[0-9]{{1,2}})"
        + $@"(?:[:.：](?<m{n}>[0-9]{{2}})|(?<u{n}>[h時时点點])(?<mu{n}>[0-9]{{1,2}})?分?(?<half{n}>半)?)?"
        + $@"\s*(?:(?<ap{n}>[ap])(?:\.?m\b\.?|\.|\b))?(?:\s?uhr\b)?";

    /// <summary>What stands between a range's two times: dashes, a tilde, "to", "bis", "às", "a" ("de 17:30 a 19:00"), "至" (Chinese "to").</summary>
    private const string RangeSeparator = @"\s*(?:-{1,3}|–|—|~|〜|～|至|到|\bto\b|\buntil\b|\btill\b|\bbis\b|\bàs\b|\ba\b)\s*";

    // NonBacktracking: the optional parts around the spaces would otherwise make a long run of spaces after a number quadratic.
    private static readonly Regex TimeRangePattern = new(Clock(1) + RangeSeparator + Clock(2),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex TimePattern = new(Clock(1), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    [GeneratedRegex(@"\b(?:noon|midday)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Noon();

    [GeneratedRegex(@"\p{L}+", RegexOptions.NonBacktracking)]
    private static partial Regex AnyWord();

    [GeneratedRegex(@"\b(?<letters>(?:M|Tu|T|W|Th|R|F|Sa|Su){2,})\b", RegexOptions.NonBacktracking)]
    private static partial Regex CompactDays();

    /// <summary>Class-time text is a line or a value; a longer text is no statement of hours, and bounds the work.</summary>
    public const int MaxLength = 2_000;

    public static Reading Read(string text)
    {
        var classTimes = new List<ClassTime>();
        var problems = new List<string>();
        TimeRange? dayless = null;
        if (text.Length > MaxLength) text = text[..MaxLength];
        text = Noon().Replace(text, "12:00 pm");
        var matches = TimeRangePattern.Matches(text).Take(20).ToList();
        var position = 0;
        for (var index = 0; index < matches.Count; index++)
        {
            var match = matches[index];
            // "73-103 · Fall 2026 · Mon & Wed 10:00–11:15": what is no range ("73-10") leaves its days to the next.
            if (ToRange(match, problems) is not { } range) continue;
            var days = DaysIn(text[position..match.Index]);
            position = match.Index + match.Length;
            // "9 am–noon on Mondays and Wednesdays, 2:30-4 pm on Thursdays": with no days before it, a range takes
            // those after it, up to the next range.
            if (days.Count == 0)
            {
                var next = index + 1 < matches.Count ? matches[index + 1].Index : text.Length;
                days = DaysIn(text[position..next]);
                if (days.Count > 0) position = next;
            }
            if (days.Count == 0) dayless ??= range;
            classTimes.AddRange(days.Select(day => new ClassTime(day, range.Start, range.End)));
        }
        if (matches.Count == 0 && StartsIn(text) is { } starts && (starts.Days.Count > 0 || starts.Dayless is not null))
            return new Reading([], null, problems) { Starts = starts.Days, DaylessStart = starts.Dayless };
        if (classTimes.Count == 0 && dayless is null)
            problems.Add($"no time range found in \"{text}\"");
        return new Reading(classTimes.DistinctBy(c => c.Day).OrderBy(c => c.Day).ToList(), dayless, problems);
    }

    /// <summary>
    /// Times written as starts only ("Mercredi 10h", "Uhrzeit: 18h00", "下午2点"): each takes the days named before it. Only
    /// times that are unmistakably times count (minutes, "h", a meridiem, a CJK hour); "Room 12" is no noon.
    /// </summary>
    private static (Dictionary<DayOfWeek, TimeOnly> Days, TimeOnly? Dayless)? StartsIn(string text)
    {
        var days = new Dictionary<DayOfWeek, TimeOnly>();
        TimeOnly? dayless = null;
        var position = 0;
        foreach (var match in TimePattern.Matches(text).Take(20))
        {
            var before = text[position..match.Index];
            position = match.Index + match.Length;
            if (!IsExplicit(match, 1) || IsPartOfDate(text, match) || ToTime(match, 1, Meridiem(match, 1)) is not { } start) continue;
            var named = DaysIn(before);
            if (named.Count == 0) dayless ??= start;
            foreach (var day in named) days.TryAdd(day, start);
        }
        return (days, dayless);
    }

    /// <summary>"3.10.2025", "12.05.": a dotted date, not a time.</summary>
    private static bool IsPartOfDate(string text, Match match)
    {
        var end = match.Index + match.Length;
        return end < text.Length && text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])
            || match.Index > 0 && text[match.Index - 1] is '.' or '/' or '-';
    }

    /// <summary>
    /// A time range written unmistakably as times, with minutes, an "h" or a meridiem ("14:00-16:00", "2-4pm", "9h-11h",
    /// "下午1:10至3:00"), in text that may also hold a date: "01-11" or "9/13" are dates, not hours.
    /// </summary>
    public static TimeRange? ReadExplicitRange(string text)
    {
        if (text.Length > MaxLength) text = text[..MaxLength];
        var match = TimeRangePattern.Match(Noon().Replace(text, "12:00 pm"));
        var explicitly = match.Success && (IsExplicit(match, 1) || IsExplicit(match, 2));
        return explicitly ? ToRange(match, []) : null;
    }

    /// <summary>
    /// A row's own hours, as a range or a start alone ("13:30-15:30", "18h00", "12:30pm", "14時"): the start and the end, if
    /// written. Null when the text holds no unmistakable time.
    /// </summary>
    public static (TimeOnly Start, TimeOnly? End)? ReadOwnHours(string text)
    {
        if (ReadExplicitRange(text) is { } range) return (range.Start, range.End);
        if (text.Length > MaxLength) text = text[..MaxLength];
        var match = TimePattern.Match(Noon().Replace(text, "12:00 pm"));
        return match.Success && IsExplicit(match, 1) && !IsPartOfDate(text, match) && ToTime(match, 1, Meridiem(match, 1)) is { } start
            ? (start, null) : null;
    }

    /// <summary>Reads one time range, e.g. "10:00-11:30", or null with the reason in <paramref name="problems"/>.</summary>
    public static TimeRange? ReadRange(string text, List<string> problems)
    {
        if (text.Length > MaxLength) text = text[..MaxLength];
        var match = TimeRangePattern.Match(Noon().Replace(text, "12:00 pm"));
        return match.Success ? ToRange(match, problems) : null;
    }

    private static bool IsExplicit(Match match, int n) =>
        match.Groups[$"m{n}"].Success || match.Groups[$"u{n}"].Success || match.Groups[$"ap{n}"].Success || match.Groups[$"pre{n}"].Success;

    private static TimeRange? ToRange(Match match, List<string> problems)
    {
        var startMeridiem = Meridiem(match, 1);
        var endMeridiem = Meridiem(match, 2);
        // "14:00-16:00 PM": an hour past 12 is a 24-hour clock, whatever AM/PM follows it.
        if (IsPast12(match.Groups["h1"]) || IsPast12(match.Groups["h2"]))
        {
            if (match.Groups["ap1"].Success || match.Groups["ap2"].Success)
                problems.Add($"\"{match.Value.Trim()}\" is a 24-hour range with AM/PM; read it as 24-hour");
            (startMeridiem, endMeridiem) = (null, null);
        }
        var start = ToTime(match, 1, startMeridiem ?? endMeridiem);
        var end = ToTime(match, 2, endMeridiem);
        if (start is null || end is null)
        {
            problems.Add($"\"{match.Value.Trim()}\" is not a valid time range");
            return null;
        }
        // "10-12pm": the shared suffix belongs to the end only, when applying it to the start would pass the end.
        if (startMeridiem is null && endMeridiem is not null && start >= end)
            start = ToTime(match, 1, null);
        // "下午1:10至3:00", "1:30pm-3": the start's afternoon is the end's too.
        if (endMeridiem is null && startMeridiem is not null && end <= start && ToTime(match, 2, startMeridiem) is { } shared && shared > start)
            end = shared;
        if (end <= start)
        {
            // "9:00 AM - 12:15 AM": an end before the start is a slip; the obvious reading is 12 hours later.
            var corrected = end.Value.AddHours(12);
            if (corrected > start && corrected.Hour >= 12)
            {
                problems.Add($"\"{match.Value.Trim()}\" ends before it starts; read the end as {WireFormats.Time(corrected)}");
                end = corrected;
            }
            else
            {
                problems.Add($"\"{match.Value.Trim()}\" ends before it starts");
                return null;
            }
        }
        return new TimeRange(start!.Value, end.Value);
    }

    private static bool IsPast12(Group hour) => int.Parse(hour.Value, CultureInfo.InvariantCulture) > 12;

    /// <summary>'a' or 'p': as written ("pm", "p.m."), or from a CJK word for the morning or the afternoon ("上午", "下午", "午後").</summary>
    private static char? Meridiem(Match match, int n)
    {
        if (match.Groups[$"ap{n}"] is { Success: true } written) return char.ToLowerInvariant(written.Value[0]);
        return match.Groups[$"pre{n}"].Value switch
        {
            "上午" or "早上" or "午前" => 'a',
            "下午" or "晚上" or "午後" => 'p',
            "中午" => match.Groups[$"h{n}"].Value is "11" ? 'a' : 'p',
            _ => null,
        };
    }

    private static TimeOnly? ToTime(Match match, int n, char? meridiem)
    {
        var hour = int.Parse(match.Groups[$"h{n}"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups[$"m{n}"] is { Success: true } m ? int.Parse(m.Value, CultureInfo.InvariantCulture)
            : match.Groups[$"mu{n}"] is { Success: true } mu ? int.Parse(mu.Value, CultureInfo.InvariantCulture)
            : match.Groups[$"half{n}"].Success ? 30 : 0;
        if (meridiem is not null)
        {
            if (hour is < 1 or > 12) return null;
            hour = hour % 12 + (meridiem == 'p' ? 12 : 0);
        }
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    private static List<DayOfWeek> DaysIn(string text)
    {
        var days = new List<DayOfWeek>();
        foreach (Match compact in CompactDays().Matches(text))
            days.AddRange(CompactLetters().Matches(compact.Value).Select(letter => ToDay(letter.Value)!.Value));
        // Any word may be a weekday, in any of the page languages ("Fridays", "lundi", "Segundas", "Do.").
        foreach (Match word in AnyWord().Matches(Core.Slides.SearchText.Fold(text)))
            if (word.Value.Length > 1 && word.Value != "min" && ToDay(word.Value) is { } day) days.Add(day); // "~10–15 min" is no Sunday (Indonesian "Min")
        // Chinese and Japanese write no spaces: "每週五下午" holds Friday, "月曜と木曜" Monday and Thursday.
        foreach (Match cjk in CjkWeekday().Matches(text))
            days.Add(CjkDays[(cjk.Groups["zh"].Success ? cjk.Groups["zh"] : cjk.Groups["ja"]).Value[0]]);
        return days.Distinct().ToList();
    }

    [GeneratedRegex("(?:星期|週|周|禮拜|礼拜)(?<zh>[一二三四五六日天])|(?<ja>[月火水木金土日])曜", RegexOptions.NonBacktracking)]
    private static partial Regex CjkWeekday();

    private static readonly Dictionary<char, DayOfWeek> CjkDays = new()
    {
        ['一'] = DayOfWeek.Monday, ['二'] = DayOfWeek.Tuesday, ['三'] = DayOfWeek.Wednesday, ['四'] = DayOfWeek.Thursday,
        ['五'] = DayOfWeek.Friday, ['六'] = DayOfWeek.Saturday, ['日'] = DayOfWeek.Sunday, ['天'] = DayOfWeek.Sunday,
        ['月'] = DayOfWeek.Monday, ['火'] = DayOfWeek.Tuesday, ['水'] = DayOfWeek.Wednesday, ['木'] = DayOfWeek.Thursday,
        ['金'] = DayOfWeek.Friday, ['土'] = DayOfWeek.Saturday,
    };

    /// <summary>
    /// Whether the text names a weekday by more than a word prose uses for other things ("We meet at 10-12", "la vie",
    /// "qui", "Sun", "ter"): an unlabelled line needs a plain weekday to be taken for the class times.
    /// </summary>
    public static bool NamesAWeekdayPlainly(string text)
    {
        if (text.Length > MaxLength) text = text[..MaxLength];
        if (CompactDays().IsMatch(text) || CjkWeekday().IsMatch(text)) return true;
        return AnyWord().Matches(Core.Slides.SearchText.Fold(text)).Take(200)
            .Any(word => (word.Value.Length > 2 || ShortCodes.Contains(word.Value)) && !ProseWords.Contains(word.Value) && ToDay(word.Value) is not null);
    }

    private static readonly HashSet<string> ProseWords = new(StringComparer.Ordinal)
        { "sun", "sat", "mar", "mer", "vie", "qui", "don", "jeu", "ter", "din", "woe", "min" };

    /// <summary>The two-letter weekday codes schedules write ("Mo 10-12", "Tu/Th", "Di 14:15"); others ("in", "we", "do") are words.</summary>
    private static readonly HashSet<string> ShortCodes = new(StringComparer.Ordinal) { "mo", "tu", "th", "fr", "di", "mi" };

    [GeneratedRegex("Tu|Th|Sa|Su|[MTWRF]", RegexOptions.NonBacktracking)]
    private static partial Regex CompactLetters();

    /// <summary>
    /// The weekday a word names, plural or not: in <see cref="Vocabulary.Weekdays"/> (which holds the one-letter codes
    /// and the English abbreviations), else in any language's CLDR names (<see cref="CalendarWords"/>).
    /// </summary>
    public static DayOfWeek? ToDay(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Vocabulary.Weekdays.TryGetValue(lower.TrimEnd('s'), out var day)) return day;
        if (lower.Length < 2) return null;
        var folded = lower.All(char.IsAscii) ? lower : Core.Slides.SearchText.Fold(lower);
        // "Mondays", "lundis": a plural of a full name, never of an abbreviation ("mars" is no Tuesday).
        return CalendarWords.Weekday(folded) ?? (folded.Length > 4 && folded.EndsWith('s') ? CalendarWords.Weekday(folded[..^1]) : null)
            ?? SlavicPlural(folded);
    }

    /// <summary>
    /// "poniedziałki", "piątki", "środy", "utorky": the plurals of Polish, Czech and Slovak weekday names, which CLDR gives in
    /// the singular only (poniedziałek, piątek, środa, utorok).
    /// </summary>
    private static DayOfWeek? SlavicPlural(string folded)
    {
        if (folded.Length < 5) return null;
        foreach (var (plural, singular) in SlavicEndings)
            if (folded.EndsWith(plural, StringComparison.Ordinal) && CalendarWords.Weekday(folded[..^plural.Length] + singular) is { } day) return day;
        return null;
    }

    private static readonly (string Plural, string Singular)[] SlavicEndings = [("ki", "ek"), ("ky", "ok"), ("ky", "ek"), ("y", "a"), ("e", "a")];
}
