namespace CourseFunctions.Import;

/// <summary>
/// Decides whether a table's numeric dates (03/11) are month/day or day/month, from evidence across the
/// whole table: a part over 12, agreement with the weekdays of the class times, then the page's language.
/// What stays ambiguous is read month/day and reported, never silently guessed.
/// </summary>
internal static class NumericDateJudge
{
    /// <summary>Whether the numbers alone settle the order (a part over 12), whatever the year.</summary>
    public static bool SettledByNumbers(IEnumerable<string> dateTexts) => dateTexts.Select(ScheduleDateReader.NumericParts)
        .OfType<(int First, int Second, bool Dotted)>().Any(part => !part.Dotted && (part.First > 12 || part.Second > 12));

    /// <summary>A weekday the text writes beside its date ("02/09 (Mon)", "Tue 1/23"), if one: among its first words.</summary>
    public static DayOfWeek? WrittenWeekday(string text) => WordPattern.Matches(Core.Slides.SearchText.Fold(text.Length > 300 ? text[..300] : text)).Take(8)
        .Select(match => match.Groups["word"].Value).Select(word => word.Length > 1 ? ClassTimesReader.ToDay(word) : null)
        .FirstOrDefault(day => day is not null);

    // A word is not the ordinal ending of a number: the "th" of "19th Sept" is no Thursday.
    private static readonly System.Text.RegularExpressions.Regex WordPattern =
        new(@"(?:^|[^0-9\p{L}])(?<word>\p{L}+)", System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    public static NumericDateOrder Judge(
        IEnumerable<string> dateTexts, IReadOnlyCollection<DayOfWeek> classDays, string? language, int year, WarningLog warnings)
    {
        var parts = dateTexts.Select(ScheduleDateReader.NumericParts).OfType<(int First, int Second, bool Dotted)>().Where(p => !p.Dotted).ToList();
        // Dates the judge cannot take apart (inside a heading, after a label) follow the page's language.
        if (parts.Count == 0)
            return language is not null && Vocabulary.DayFirstLanguages.Contains(language) ? NumericDateOrder.DayFirst : NumericDateOrder.MonthFirst;
        if (parts.Any(p => p.First > 12)) return NumericDateOrder.DayFirst;
        if (parts.Any(p => p.Second > 12)) return NumericDateOrder.MonthFirst;

        // "02/09 (Mon)": the weekday a cell writes beside its date tells the order, in the year in use.
        var written = dateTexts.Select(text => (Parts: ScheduleDateReader.NumericParts(text), Day: WrittenWeekday(text)))
            .Where(row => row.Parts is { Dotted: false } && row.Day is not null).Take(400).ToList();
        if (written.Count > 0)
        {
            int Fitting(bool monthFirst) => written.Count(row =>
            {
                var (first, second, _) = row.Parts!.Value;
                var (month, day) = monthFirst ? (first, second) : (second, first);
                return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day).DayOfWeek == row.Day;
            });
            var (writtenMonthFirst, writtenDayFirst) = (Fitting(true), Fitting(false));
            if (writtenMonthFirst != writtenDayFirst) return writtenMonthFirst > writtenDayFirst ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;
        }

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
            warnings.AtLine(null, "Numeric dates such as 03/11 could be month/day or day/month, and nothing on the page tells; "
                + "they were read as month/day. Write 2025-03-11 to be sure.");
        return NumericDateOrder.MonthFirst;
    }
}
