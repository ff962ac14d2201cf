using System.Globalization;
using System.Text.RegularExpressions;

namespace CourseFunctions.Import;

/// <summary>Which part of a numeric date like 03/11 is the day.</summary>
internal enum NumericDateOrder { MonthFirst, DayFirst }

/// <summary>
/// Reads schedule dates as people write them: ISO ("2025-1-10"), month names in six languages with or
/// without a weekday, an ordinal and a year ("Jan 10", "10 Jan", "Tue 3 Sep 2024", "17 février 2025",
/// "3 de marzo", "14/Oct/2013"), al-folio's "MM-DD", and numeric dates ("TH 1/23", "03/11/2024", "2.3.2025") in the
/// order the whole table was judged to use. Dates without a year take the term's year and roll over at
/// New Year, in table order.
/// </summary>
internal sealed partial class ScheduleDateReader(
    int? termYear, NumericDateOrder slashOrder = NumericDateOrder.MonthFirst, NumericDateOrder dottedOrder = NumericDateOrder.DayFirst)
{
    private int? _year = termYear;
    private int _lastMonth;

    public int? YearInUse => _year;

    /// <summary>A reader that starts afresh from the year in use, in the same day/month orders.</summary>
    public ScheduleDateReader Anew() => new(_year, slashOrder, dottedOrder);

    /// <summary>The ISO week-numbering year of the last week label read ("KW 50 Di" then "KW 2 Di" crosses into the next), and its week.</summary>
    private int? _isoYear;
    private int _lastWeek;

    /// <summary>For telling whether text reads as a date before the year is known: a leap year reads Feb 29 too.</summary>
    public const int AnyLeapYear = 2024;

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})$", RegexOptions.NonBacktracking)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})$", RegexOptions.NonBacktracking)]
    private static partial Regex MonthDashDay();

    // "2025.2.24", "2025/3/5": the year first, then the month and the day (Chinese, Japanese and Korean pages write them so).
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:\.(?<m>[0-9]{1,2})\.(?<d>[0-9]{1,2})|/(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2}))\.?$", RegexOptions.NonBacktracking)]
    private static partial Regex YearFirstNumeric();

    [GeneratedRegex(@"^(?:(?<wd>[\p{L}.]+),?\s+)?(?<mon>\p{L}+)\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th|\.)?(?:,?\s+(?<y>[0-9]{4}))?$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex MonthFirst();

    // "2025. március 3.", "2025 m. kovo 3 d.": the year first (Hungarian, Lithuanian), then the month's name and the day.
    [GeneratedRegex(@"^(?<y>[0-9]{4})\.?\s+(?<mon>\p{L}+)\.?\s+(?<d>[0-9]{1,2})\.?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex YearMonthDay();

    // "3月5日", "2025年3月5日", "3월 5일", "3月5号": Chinese, Japanese and Korean dates.
    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})\s*[年년]\s*)?(?<m>[0-9]{1,2})\s*[月월]\s*(?<d>[0-9]{1,2})\s*[日일号號]?", RegexOptions.NonBacktracking)]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"^(?:(?<wd>[\p{L}.]+),?\s+)?(?<d>[0-9]{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?<mon>\p{L}+)\.?"
        + @"(?:,?\s+(?:de\s+)?(?<y>[0-9]{4}))?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex DayFirst();

    // "14/Oct/2013", "2-Dec-13": a month name between slashes or dashes (Italian and British lab calendars).
    // The year's separator is the day's ("14/Oct/2013", "14-Oct-13"): one alternative per separator, not a backreference, so that it runs NonBacktracking.
    // Org tables write the weekday before it with a dash too ("Wed-18-Aug").
    [GeneratedRegex(@"^(?:(?<wd>[\p{L}.]+)(?:,?\s+|-))?(?<d>[0-9]{1,2})(?:(?<sep>/)(?<mon>\p{L}+)\.?(?:/(?<y>[0-9]{2}|[0-9]{4}))?"
        + @"|(?<sep>-)(?<mon>\p{L}+)\.?(?:-(?<y>[0-9]{2}|[0-9]{4}))?)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex DayMonthNameSeparated();

    // Slashed ("03/11", "03/11/2024"), dotted ("2.3.2025") and dashed with a four-digit year ("26-01-2026", "3-3-2017"): a dashed
    // pair without its year is al-folio's month-day ("01-26"), read by MonthDashDay.
    [GeneratedRegex(@"^(?:(?<wd>[\p{L}.]+),?\s+)?(?<a>[0-9]{1,2})(?:(?<sep>/)(?<b>[0-9]{1,2})(?:/(?<y>[0-9]{2}|[0-9]{4}))?"
        + @"|(?<sep>\.)(?<b>[0-9]{1,2})(?:\.(?<y>[0-9]{2}|[0-9]{4}))?|(?<sep>-)(?<b>[0-9]{1,2})-(?<y>[0-9]{4}))\.?$", RegexOptions.NonBacktracking)]
    private static partial Regex Numeric();

    /// <summary>
    /// The two numbers of a numeric date, for judging the table's order before reading it. A cell may go on after its
    /// date ("22/03/2024 13:00-14:30", "Mar 22/09 (8:15–9:15)"): then its first word, or its weekday and the word after it, is the date.
    /// </summary>
    public static (int First, int Second, bool Dotted)? NumericParts(string text)
    {
        var cleaned = Clean(text);
        var m = Numeric().Match(cleaned);
        var words = cleaned.Split(' ', 3);
        if (!m.Success) m = Numeric().Match(words[0].TrimEnd(',', ';', ':'));
        if (!m.Success && words.Length > 1 && Numeric().Match($"{words[0]} {words[1].TrimEnd(',', ';', ':')}") is { Success: true } withWeekday
            && LeadsWithWeekdayOrNothing(withWeekday)) m = withWeekday;
        return m.Success
            ? (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture),
                m.Groups["sep"].Value == ".")
            : null;
    }

    /// <summary>
    /// The date, or null when the text is not a date this reader knows. A cell may go on after its date
    /// ("9/13 online", "Jan 10 (room B)"): then the date is read from its first words, at most four.
    /// </summary>
    public DateOnly? Read(string text)
    {
        var cleaned = Clean(text);
        if (IsoWeekLabel.Parse(cleaned) is { } week) return ReadWeek(week);
        if (WeekNumber().IsMatch(cleaned)) return null; // "Week 2.3": a week's number, not March 2
        if (ReadWhole(cleaned) is { } date) return date;
        var words = cleaned.Split(' ', 5);
        // "8-10 AM" is a time range, not August 10th.
        if (words.Length > 1 && Meridiem().IsMatch(words[1])) return null;
        for (var count = Math.Min(words.Length - 1, 4); count >= 1; count--)
            if (ReadWhole(string.Join(' ', words[..count]).TrimEnd(',', ';', ':')) is { } leading) return leading;
        return GluedNumericDate(cleaned) is { } glued ? ReadWhole(glued) : null;
    }

    /// <summary>
    /// A numeric date written straight before text in a script without spaces ("2024-04-23《机器学习》周二课程"): its
    /// digits and separators, when a wide character (CJK, fullwidth punctuation) follows them; else null.
    /// </summary>
    public static string? GluedNumericDate(string text)
    {
        var end = 0;
        while (end < text.Length && end < 12 && (char.IsAsciiDigit(text[end]) || text[end] is '-' or '.' or '/')) end++;
        return end >= 3 && end < text.Length && text[end] >= '\u2e80' ? text[..end] : null;
    }

    /// <summary>
    /// The day of a week label ("KW 12 Di", "Week 3 Tue") by ISO 8601 weeks in the year in use, a week far below the last
    /// one read being in the next year; but a date written after the label ("Week 3 Tue Jan 21") is the date.
    /// </summary>
    private DateOnly? ReadWeek(IsoWeekLabel.Label week)
    {
        var rest = week.Rest.TrimStart(' ', ',', ':', ';', '(', '|', '-', '–', '—');
        if (rest.Length > 0 && new ScheduleDateReader(_year ?? AnyLeapYear, slashOrder, dottedOrder).Read(rest) is not null) return Read(rest);
        if ((_isoYear ?? _year) is not { } year) return null;
        if (_lastWeek > 0 && week.Week < _lastWeek - 26) year++;
        if (IsoWeekLabel.Date(year, week) is not { } date) return null;
        (_isoYear, _lastWeek, _lastMonth) = (year, week.Week, date.Month);
        return date;
    }

    /// <summary>
    /// The date a label holds: at its start, else after one of its separators ("Aula 01 - 17/02/2025 (Segunda-Feira)",
    /// "Lecture 3: Mar 5"), within its first six parts, else right after a numbered label ("Aula01 05/08/21"). Null when it holds none.
    /// </summary>
    public DateOnly? Find(string text)
    {
        if (Read(text) is { } leading) return leading;
        var cleaned = Clean(text);
        if (cleaned.Length > 300) cleaned = cleaned[..300];
        foreach (var part in LabelSeparator().Split(cleaned).Skip(1).Take(6))
            if (part.Trim().TrimEnd(')', '）') is { Length: > 0 } candidate && Read(candidate) is { } found) return found;
        return NumberedLabel().Match(cleaned) is { Success: true } label ? Read(cleaned[label.Length..]) : null;
    }

    /// <summary>A numbered label before a date with no separator between them: "Aula01 05/08/21 quinta", "Aula_01 27-02-2023", "Lecture 3 10/02".</summary>
    [GeneratedRegex(@"^\p{L}{2,20}[\s_]?[0-9]{1,3}\s+", RegexOptions.NonBacktracking)]
    private static partial Regex NumberedLabel();

    [GeneratedRegex(@"\s[-–—|]\s|:\s|[(（]", RegexOptions.NonBacktracking)]
    private static partial Regex LabelSeparator();

    /// <summary>
    /// The date in brackets after a short label that numbers a week or a session, or names a weekday: "0주차 (9월4일): …",
    /// "Week 1 (Aug 2)", "Mon (1/19)". Null for any other text: "Midterm review (Jan 10)" is no such label.
    /// </summary>
    public DateOnly? ReadAfterLabel(string text)
    {
        var cleaned = Clean(text);
        var open = cleaned.IndexOfAny(['(', '（']);
        if (open is < 1 or > 20) return null;
        var label = cleaned[..open].Trim();
        var numbered = label.Split(' ').Length <= 3 && label.Any(char.IsAsciiDigit);
        if (!numbered && ClassTimesReader.ToDay(Core.Slides.SearchText.Fold(label).TrimEnd('.', ',')) is null) return null;
        var close = cleaned.IndexOfAny([')', '）'], open);
        return close > open + 1 ? Read(cleaned[(open + 1)..close]) : null;
    }

    /// <summary>
    /// Every date a label names: "August 24, 26, 28", "August 31; September 2, 4", "Feb 3 & 5", "11/3, 11/5". A bare day
    /// number after a date is a day of that date's month. Parts after the dates that are none ("Aug 3, room 201") end the
    /// list; a label that is one date gives it. At most 40.
    /// </summary>
    public List<DateOnly> ReadAll(string text)
    {
        var found = new List<DateOnly>();
        var cleaned = Clean(text);
        if (cleaned.Length > 300) cleaned = cleaned[..300];
        foreach (var raw in ListSeparator().Split(cleaned).Take(40))
        {
            var part = raw.Trim().TrimEnd('.');
            if (part.Length == 0) continue;
            // "12" or "12th" after "Jan. 10th": a day of the month before it.
            var bare = part.Length is 3 or 4 && OrdinalSuffixes.Contains(part[^2..].ToLowerInvariant()) ? part[..^2] : part;
            if (found.Count > 0 && bare.Length <= 2 && bare.All(char.IsAsciiDigit))
            {
                var previous = found[^1];
                var day = int.Parse(bare, CultureInfo.InvariantCulture);
                if (day > previous.Day && day <= DateTime.DaysInMonth(previous.Year, previous.Month))
                    found.Add(new DateOnly(previous.Year, previous.Month, day));
                else break;
            }
            else if (Read(part) is { } date) found.Add(date);
            else if (found.Count > 0) break;
        }
        if (found.Count == 0 && Read(cleaned) is { } single) found.Add(single);
        return found;
    }

    private static readonly string[] OrdinalSuffixes = ["st", "nd", "rd", "th"];

    [GeneratedRegex(@"\s*(?:[,;&]|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ListSeparator();

    /// <summary>
    /// A range of dates ("11/03–11/05", "11/03 al 16/03", "Nov 3 to Nov 5"): the first and the last, the last after the
    /// first and at most 31 days on. Null when the text is no such range.
    /// </summary>
    public (DateOnly From, DateOnly To)? ReadRange(string text)
    {
        var cleaned = Clean(text);
        if (cleaned.Length > 100) return null;
        foreach (var separator in RangeSeparator().Matches(cleaned).Take(3))
        {
            var probe = new ScheduleDateReader(_year, slashOrder, dottedOrder) { _lastMonth = _lastMonth };
            if (probe.Read(cleaned[..separator.Index]) is not { } from || probe.Read(cleaned[(separator.Index + separator.Length)..]) is not { } to
                || to <= from || to.DayNumber - from.DayNumber > 31) continue;
            (_year, _lastMonth) = (probe._year, probe._lastMonth);
            return (from, to);
        }
        return null;
    }

    private static readonly Regex RangeSeparatorPattern = new(
        $@"\s*(?:[–—-]|\s(?:{string.Join("|", Vocabulary.RangeWords)})\s)\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static Regex RangeSeparator() => RangeSeparatorPattern;

    /// <summary>The dates a text names within a range ("(11/11 Veterans Day, 11/25 Thanksgiving: no class)"), at most 20.</summary>
    public IEnumerable<DateOnly> DatesMentioned(string text, DateOnly from, DateOnly to) => MentionSeparator().Split(Clean(text)).Take(60)
        .Select(part => new ScheduleDateReader(from.Year, slashOrder, dottedOrder) { _lastMonth = from.Month }.Read(part.Trim()))
        .OfType<DateOnly>().Where(date => date >= from && date <= to).Distinct().Take(20);

    [GeneratedRegex(@"[、,，;；()（）:：]", RegexOptions.NonBacktracking)]
    private static partial Regex MentionSeparator();

    private DateOnly? ReadWhole(string cleaned)
    {
        if (IsoDate().Match(cleaned) is { Success: true } iso)
            return Remember(Make(Number(iso, "y"), Number(iso, "m"), Number(iso, "d")));
        if (MonthDashDay().Match(cleaned) is { Success: true } dashed)
            return Infer(Number(dashed, "m"), Number(dashed, "d"));
        if (YearFirstNumeric().Match(cleaned) is { Success: true } yearFirst)
            return Remember(Make(Number(yearFirst, "y"), Number(yearFirst, "m"), Number(yearFirst, "d")));
        if (Numeric().Match(cleaned) is { Success: true } numeric && LeadsWithWeekdayOrNothing(numeric) && !IsSectionNumber(numeric, cleaned))
        {
            // Dots are day.month in Europe, month.day in East Asia (the reader's dotted order); slashes follow the order
            // judged for the whole table.
            var dotted = numeric.Groups["sep"].Value == ".";
            var dayFirst = dotted ? dottedOrder == NumericDateOrder.DayFirst : slashOrder == NumericDateOrder.DayFirst;
            var (day, month) = dayFirst ? (Number(numeric, "a"), Number(numeric, "b")) : (Number(numeric, "b"), Number(numeric, "a"));
            // "4.16": no day.month, so it is month.day, whatever the reader's order.
            if (dotted && month > 12 && day <= 12) (day, month) = (month, day);
            return numeric.Groups["y"].Success ? Remember(Make(FullYear(Number(numeric, "y")), month, day)) : Infer(month, day);
        }

        if (CjkDate().Match(cleaned) is { Success: true } cjk)
            return cjk.Groups["y"].Success ? Remember(Make(Number(cjk, "y"), Number(cjk, "m"), Number(cjk, "d"))) : Infer(Number(cjk, "m"), Number(cjk, "d"));
        foreach (var named in new[]
            { MonthFirst().Match(cleaned), DayFirst().Match(cleaned), DayMonthNameSeparated().Match(cleaned), YearMonthDay().Match(cleaned) })
        {
            if (!named.Success || !LeadsWithWeekdayOrNothing(named) || MonthNames.Of(named.Groups["mon"].Value) is not { } month) continue;
            return named.Groups["y"].Success
                ? Remember(Make(FullYear(Number(named, "y")), month, Number(named, "d")))
                : Infer(month, Number(named, "d"));
        }
        return null;
    }

    private static readonly Regex WeekNumberPattern = new(
        $@"^(?:{string.Join("|", Vocabulary.WeekHeaders)})\.?\s*[0-9]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static Regex WeekNumber() => WeekNumberPattern;

    /// <summary>
    /// The word a date may open with is its weekday ("Tue 3 Sep", "Friday, January 10", "TH 1/23", "Mi, 18.09.30", "mar. 7
    /// janv."): a weekday, a two-letter abbreviation, or the start of a weekday's name. "Problem set 1" is no September
    /// 1st, though "set" abbreviates settembre.
    /// </summary>
    private static bool LeadsWithWeekdayOrNothing(Match match)
    {
        if (!match.Groups["wd"].Success) return true;
        var word = Core.Slides.SearchText.Fold(match.Groups["wd"].Value).Trim('.');
        return word.Length <= 2 || ClassTimesReader.ToDay(word) is not null || CalendarWords.StartsAWeekday(word);
    }

    /// <summary>
    /// "1.1", "3.2": a book's section number, not a dotted date, which writes two digits ("10.03"), its year or its
    /// closing dot ("1.3."). East Asian pages write month.day so ("5.2" is May 2): a reader in that order takes it.
    /// </summary>
    private bool IsSectionNumber(Match numeric, string cleaned) =>
        dottedOrder == NumericDateOrder.DayFirst && numeric.Groups["sep"].Value == "." && !numeric.Groups["y"].Success && !cleaned.EndsWith('.')
        && numeric.Groups["a"].Length == 1 && numeric.Groups["b"].Length == 1;

    /// <summary>
    /// The text with its spaces made plain and single. A label or a note longer than this holds its date near its start, if
    /// anywhere: the rest is not read, so that a long cell costs no more than a short one.
    /// </summary>
    private static string Clean(string text) =>
        DaysListed(WithoutOrgStrike(Whitespace().Replace((text.Length > MaxTextLength ? text[..MaxTextLength] : text).Replace('\u00a0', ' ').Trim(), " ")));

    /// <summary>
    /// Days listed without a space: "Feb 16,19" is "Feb 16, 19"; "Jan. 10th/12th", "Mar. 28/30th" and "Jan. 31st/Feb 2nd"
    /// are two days, a slash between ordinals (not "1/23" nor "14/Oct/2013"). "1,000" stays a number.
    /// </summary>
    private static string DaysListed(string text) =>
        !text.Contains(',') && !text.Contains('/') ? text : ListedDay().Replace(text, match =>
            match.Groups["comma"].Success ? (match.Groups["more"].Length == 0 ? match.Groups["a"].Value + ", " + match.Groups["b"].Value : match.Value)
            : match.Groups["ord"].Success || match.Groups["bord"].Success ? match.Groups["left"].Value + ", " + match.Groups["right"].Value
            : match.Value);

    [GeneratedRegex(@"(?<a>[0-9])(?<comma>,)(?<b>[0-9]{1,2})(?<more>[0-9]?)"
        + @"|(?<left>[0-9]{1,2}(?<ord>st|nd|rd|th)?)/(?<right>[0-9]{1,2}(?<bord>st|nd|rd|th)\b|\p{L}{3,})",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ListedDay();

    /// <summary>Org's strike-through around a whole date ("+Fri-25-Feb+", a day called off) leaves the date.</summary>
    private static string WithoutOrgStrike(string text) =>
        text.Length > 2 && text[0] == '+' && text[^1] == '+' ? text[1..^1].Trim() : text;

    private const int MaxTextLength = 2_000;

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[ap]\.?m\.?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Meridiem();

    private static int FullYear(int year) => year < 100 ? 2000 + year : year;

    private DateOnly? Infer(int month, int day)
    {
        if (_year is null) return null;
        // Table order is chronological: a month earlier than the previous row's means the new year began.
        if (_lastMonth > 0 && month < _lastMonth - 6) _year++;
        return Remember(Make(_year.Value, month, day));
    }

    private DateOnly? Remember(DateOnly? date)
    {
        if (date is { } known)
        {
            _year = known.Year;
            _lastMonth = known.Month;
        }
        return date;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
