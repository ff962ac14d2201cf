using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace CourseFunctions.Import;

/// <summary>The year of a page's undated dates: from its term, its title and headings, or the weekdays it names.</summary>
internal static partial class PageYears
{
    // Not inside a code of ASCII letters and digits ("CS2030S" is no year), but next to CJK text ("2026年") it is. The
    // neighbours are matched, not looked around (NonBacktracking has no lookarounds): only the first year is wanted.
    [GeneratedRegex(@"(?:^|[^0-9A-Za-z])(?<year>(?:19|20)[0-9]{2})(?:[^0-9A-Za-z]|$)", RegexOptions.NonBacktracking)]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(@"\b(?<first>(?:19|20)[0-9]{2})\s*[/-]\s*(?<second>(?:19|20)[0-9]{2})\b", RegexOptions.NonBacktracking)]
    private static partial Regex AcademicYear();

    private static readonly Regex SecondHalfTerm = Vocabulary.AnyWord(Vocabulary.SecondHalfTerms);

    /// <summary>The year of a term: "2025/2026" with a spring term is 2026, with an autumn term 2025.</summary>
    public static int? TermYear(string? semester)
    {
        if (semester is not null && AcademicYear().Match(semester) is { Success: true } academic)
            return int.Parse(SecondHalfTerm.IsMatch(semester) ? academic.Groups["second"].Value : academic.Groups["first"].Value);
        return YearOf(semester);
    }

    public static int? YearOf(string? text) =>
        text is not null && FourDigitYear().Match(text) is { Success: true } match ? int.Parse(match.Groups["year"].Value) : null;

    public static string? JoinTerm(string? term, string? year) =>
        term is null ? year : year is null || term.Contains(year) ? term : $"{term} {year}";

    /// <summary>A year and where it came from; <paramref name="IsGuess"/> when nothing on the page told it.</summary>
    public sealed record Reading(int Year, string Source, bool IsGuess = false);

    /// <summary>
    /// The year of a page that states none, from what the schedule sources see (<see cref="IScheduleSource.EvidenceOfYear"/>):
    /// a date written with its year settles it; else the years in which the written weekdays (or the class days) fit.
    /// </summary>
    public static Reading OfTheWeekdays(IReadOnlyList<YearEvidence> evidence, MarkdownDocument document, ClassTimesReader.Reading classTimes,
        DateOnly today, WarningLog warnings)
    {
        var classDays = classTimes.ClassTimes.Select(c => c.Day).ToHashSet();
        var rows = evidence.SelectMany(found => found.Rows).ToList();
        var order = evidence.Select(found => found.Order).FirstOrDefault(found => found is not null) ?? NumericDateOrder.MonthFirst;
        // Dates that carry their own year ("14/Oct/2013") need no guess: the first one starts the count; else the
        // first date a source writes with its year (a quiz table's "02/02/2026", a dated heading, a list item).
        var yearless = new ScheduleDateReader(null, order);
        if (rows.Select((row, index) => (Date: yearless.Read(row.Date), Index: index))
                .FirstOrDefault(found => found.Date is not null) is { Date: { } dated } first)
            return new(dated.Year - NewYearsBefore(rows, first.Index, order), "a schedule date that carries its year");
        if (evidence.FirstOrDefault(found => found.FullDate is not null) is { FullDate: { } full } source)
            return new(full.Year, $"a date with its year in the {source.What}");
        // When the numbers leave the day/month order open, each order is tried with each year: "02/09 (Mon)" fits one.
        var orders = NumericDateJudge.SettledByNumbers(rows.Select(row => row.Date))
            ? [order]
            : new[] { order, order == NumericDateOrder.MonthFirst ? NumericDateOrder.DayFirst : NumericDateOrder.MonthFirst };
        bool FitsIn(int year) => orders.Any(candidate => Fits(rows, candidate, classDays, year));
        var fitting = Enumerable.Range(today.Year - 6, 8).Where(FitsIn).ToList();
        // An old page that no recent year fits ("Date (Mon)" over Mondays of 2018): the latest year back to 30 that does.
        if (fitting.Count == 0) fitting = Enumerable.Range(today.Year - 30, 24).Where(FitsIn).TakeLast(1).ToList();
        // Links are the last resort, but a clue: "…/2020/a/zoom_links" says which of the years that fit is meant.
        if (fitting.Count > 0 && LinkYear(document) is { } clue)
        {
            var nearest = fitting.MinBy(year => Math.Abs(year - clue));
            warnings.AtLine(null, $"The page gives no year; {nearest} is the year nearest the page's links ({clue}) "
                + "in which its dates fall on the weekdays it names. Add the semester to be sure.");
            return new(nearest, $"the weekdays the page names, in the year nearest its links' {clue}");
        }
        if (fitting.Count > 0)
        {
            var chosen = fitting.Where(year => year <= today.Year).DefaultIfEmpty(fitting.Min()).Max();
            warnings.AtLine(null, $"The page gives no year; {chosen} is the most recent year in which its dates fall on the weekdays it names. "
                + "Add the semester to be sure.");
            return new(chosen, "the weekdays the page names (the most recent year they fit)");
        }
        // No weekday to check it against: the year the links carry ("fall-course-2013-intro.pdf") is the only clue left.
        if (LinkYear(document) is { } linked && linked <= today.Year)
        {
            warnings.AtLine(null,
                $"The page gives no year, and its dates do not tell one; its links carry {linked}, which its dates use. Add the semester to be sure.");
            return new(linked, $"guessed: the year the page's links carry ({linked})", IsGuess: true);
        }
        warnings.AtLine(null, "The page gives no year (semester, 'year:', title or headings), and its dates do not tell one; "
            + $"dates without a year use {today.Year}.");
        return new(today.Year, $"guessed: the current year ({today.Year}); nothing on the page tells the year", IsGuess: true);
    }

    /// <summary>
    /// A year the page states may be stale (a copied page's "2020 Fall:" above the 2021 table): when the weekdays its
    /// rows write ("W.", "F.") contradict it and all fit the year before or after, that year is used, with a warning.
    /// </summary>
    public static int CheckedAgainstWrittenWeekdays(int stated, IReadOnlyList<YearEvidence> evidence, WarningLog warnings)
    {
        var rows = evidence.Where(found => found.Exact).SelectMany(found => found.Rows).ToList();
        var order = evidence.Select(found => found.Order).FirstOrDefault(found => found is not null) ?? NumericDateOrder.MonthFirst;
        if (Fits(rows, order, [], stated) || rows.Count(row => row.Weekday is not null) < 3) return stated;
        foreach (var neighbour in new[] { stated + 1, stated - 1 })
        {
            if (!Fits(rows, order, [], neighbour)) continue;
            warnings.AtLine(null, $"The weekdays the schedule writes fit {neighbour}, not {stated} as the page says; its dates use {neighbour}. "
                + "Correct the year on the page to be sure.");
            return neighbour;
        }
        return stated;
    }

    /// <summary>
    /// How many times the rows before the first one with its year ("24/12", then "18/02/19") cross New Year, the month
    /// falling back as the reader rolls over: a late "…/19" row dates the first rows in 2018.
    /// </summary>
    private static int NewYearsBefore(IReadOnlyList<(string Date, DayOfWeek? Weekday)> rows, int index, NumericDateOrder order)
    {
        var reader = new ScheduleDateReader(ScheduleDateReader.AnyLeapYear, order);
        var months = rows.Take(index + 1).Select(row => reader.Read(row.Date)?.Month).OfType<int>().ToList();
        return months.Zip(months.Skip(1)).Count(pair => pair.Second < pair.First - 6);
    }

    /// <summary>The year most of the page's links carry in their path ("…/2020/a/…"), if any.</summary>
    private static int? LinkYear(MarkdownDocument document) => document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Take(2000)
        .Select(link => YearOf(link.Url)).OfType<int>()
        .GroupBy(year => year).OrderByDescending(group => group.Count()).ThenByDescending(group => group.Key).Select(group => (int?)group.Key).FirstOrDefault();

    /// <summary>Whether, in that year, every dated row falls on the weekday it names (else on a class day), with two at least that tell.</summary>
    private static bool Fits(List<(string Date, DayOfWeek? Weekday)> rows, NumericDateOrder order, HashSet<DayOfWeek> classDays, int year)
    {
        var reader = new ScheduleDateReader(year, order);
        var evidence = 0;
        foreach (var (text, written) in rows)
        {
            ImportBudget.ThrowIfSpent();
            if (reader.Read(text) is not { } date) continue;
            if (written is { } day ? day != date.DayOfWeek : classDays.Count > 0 && !classDays.Contains(date.DayOfWeek)) return false;
            if (written is not null || classDays.Count > 0) evidence++;
        }
        return evidence >= 2;
    }
}
