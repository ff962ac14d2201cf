namespace CourseFunctions.Core.Import;

/// <summary>
/// Decides whether a table's numeric dates (03/11) are month/day or day/month, from evidence across the
/// whole table: a part over 12, agreement with the weekdays of the class times, then the page's language.
/// What stays ambiguous is read month/day and reported, never silently guessed.
/// </summary>
internal static class NumericDateJudge
{
    public static NumericDateOrder Judge(IEnumerable<string> dateTexts, IReadOnlyCollection<DayOfWeek> classDays, string? language, int year, WarningLog warnings)
    {
        var parts = dateTexts.Select(ScheduleDateReader.NumericParts).OfType<(int First, int Second, bool Dotted)>().Where(p => !p.Dotted).ToList();
        if (parts.Count == 0) return NumericDateOrder.MonthFirst;
        if (parts.Any(p => p.First > 12)) return NumericDateOrder.DayFirst;
        if (parts.Any(p => p.Second > 12)) return NumericDateOrder.MonthFirst;

        if (classDays.Count > 0)
        {
            int Agreeing(Func<(int First, int Second, bool Dotted), (int Month, int Day)> read) => parts.Count(p =>
            {
                var (month, day) = read(p);
                return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                    && classDays.Contains(new DateOnly(year, month, day).DayOfWeek);
            });
            var monthFirst = Agreeing(p => (p.First, p.Second));
            var dayFirst = Agreeing(p => (p.Second, p.First));
            if (monthFirst != dayFirst) return monthFirst > dayFirst ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;
        }
        if (language is not null && Vocabulary.DayFirstLanguages.Contains(language)) return NumericDateOrder.DayFirst;
        if (language == "en") return NumericDateOrder.MonthFirst;
        if (parts.Any(p => p.First != p.Second))
            warnings.AtLine(null, "Numeric dates such as 03/11 could be month/day or day/month, and nothing on the page tells; they were read as month/day. Write 2025-03-11 to be sure.");
        return NumericDateOrder.MonthFirst;
    }
}
