using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

public class ScheduleDateReaderTests
{
    [Theory]
    [InlineData("Jan 10", "2025-01-10")]
    [InlineData("10 Jan", "2025-01-10")]
    [InlineData("January 10", "2025-01-10")]
    [InlineData("Friday, January 10, 2025", "2025-01-10")]
    [InlineData("Feb 07", "2025-02-07")]
    [InlineData("Sept 5", "2025-09-05")]
    [InlineData("Aug. 25", "2025-08-25")]
    [InlineData("May 8th", "2025-05-08")]
    [InlineData("2025-1-10", "2025-01-10")]
    [InlineData("09-05", "2025-09-05")]
    [InlineData("Tue 3 Sep 2024", "2024-09-03")]
    [InlineData("Tuesday, Sep 6", "2025-09-06")]
    [InlineData("17 février 2025", "2025-02-17")]
    [InlineData("3 de marzo", "2025-03-03")]
    [InlineData("1er mars", "2025-03-01")]
    [InlineData("10. März", "2025-03-10")]
    [InlineData("TH 1/23", "2025-01-23")]
    [InlineData("03/11/2024", "2024-03-11")]
    [InlineData("2.3.2025", "2025-03-02")]
    [InlineData("14/Oct/2013", "2013-10-14")]
    [InlineData("2-Dec-13", "2013-12-02")]
    [InlineData("Lun 7/Apr", "2025-04-07")]
    [InlineData("September 2th", "2025-09-02")]
    [InlineData("Mi, 18.09.25", "2025-09-18")]
    [InlineData("mar. 7 janv.", "2025-01-07")]
    [InlineData("1.3.", "2025-03-01")]
    [InlineData("10.03", "2025-03-10")] // an ordinal typo (TeachBooks/bridging_mechanics)
    [InlineData("03-11-2024", "2024-03-11")] // dashed with its year, in the table's order (month first here)
    [InlineData("Mandag 2-3-2026", "2026-02-03")]
    [InlineData("2025.2.24 周一", "2025-02-24")] // year first (phyang-zero/ustc-ai-sgy.github.io)
    [InlineData("2024/3/5", "2024-03-05")]
    [InlineData("2024-04-23《机器学习》周二课程", "2024-04-23")] // glued to the text after it (wanyixue/ML-Course)
    [InlineData("4.16", "2025-04-16")] // no day.month, so month.day (snkey-todo/JiaxingAcademy)
    public void Reads_the_forms_people_write(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), new ScheduleDateReader(2025).Read(text));

    [Theory]
    [InlineData("TBA")]
    [InlineData("Feb 30")]
    [InlineData("13-45")]
    [InlineData("10-12-20")]       // dashed without a four-digit year: hours or a range, not a date
    [InlineData("14/Foo/2013")]
    [InlineData("Week 2.3 (September 16th) Homework deadlines")] // a week's number, not March 2
    [InlineData("Semana 3.1")]
    [InlineData("Problem set 1")]  // "set" abbreviates settembre, but "Problem" is no weekday
    [InlineData("Lab section 2")]
    [InlineData("3.1")]            // a book's section, not the 3rd of January
    [InlineData("2.1 Vectors")]
    [InlineData("")]
    public void Returns_null_for_what_is_not_a_date(string text) => Assert.Null(new ScheduleDateReader(2025).Read(text));

    [Theory]
    [InlineData("0주차 (9월4일): 강의 소개", "2025-09-04")] // khu-bigphys-2020/lectures-bigphys
    [InlineData("Week 1 (Aug 2)", "2025-08-02")]
    [InlineData("Mon (1/19)", "2025-01-19")]
    public void Reads_the_date_in_brackets_after_a_numbered_or_weekday_label(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), new ScheduleDateReader(2025).ReadAfterLabel(text));

    [Theory]
    [InlineData("Midterm review (Jan 10)")]
    [InlineData("Week 1 (online)")]
    [InlineData("(Jan 10)")]
    public void Reads_no_bracketed_date_after_other_labels(string text) => Assert.Null(new ScheduleDateReader(2025).ReadAfterLabel(text));

    [Theory]
    [InlineData("5.2", "2025-05-02")]   // a reader of East Asian dotted dates: month.day, and one digit each is no section number
    [InlineData("12.3", "2025-12-03")]
    [InlineData("4.16", "2025-04-16")]
    public void A_month_first_dotted_reader_reads_month_day(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), new ScheduleDateReader(2025, NumericDateOrder.MonthFirst, NumericDateOrder.MonthFirst).Read(text));

    [Theory]
    [InlineData("11/03–11/05", "2025-11-03", "2025-11-05")]
    [InlineData("11/12-11/19", "2025-11-12", "2025-11-19")]
    [InlineData("Nov 3 to Nov 5", "2025-11-03", "2025-11-05")]
    [InlineData("Dec 29 – Jan 2", "2025-12-29", "2026-01-02")]
    public void Reads_a_range_of_dates_as_its_first_and_last(string text, string from, string to) =>
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), new ScheduleDateReader(2025).ReadRange(text));

    [Theory]
    [InlineData("2025-01-10")]          // an ISO date's dashes are no range
    [InlineData("Jan 10, 14:00-16:00")] // hours are no range
    [InlineData("11/05–11/03")]         // backwards
    [InlineData("09/01–12/15")]         // longer than a month: a term, not a row's sessions
    [InlineData("Jan 10 - Midterm")]
    public void Reads_no_range_where_there_is_none(string text) => Assert.Null(new ScheduleDateReader(2025).ReadRange(text));

    /// <summary>
    /// ISO 8601 week labels with a weekday, in the week words of the languages' files and CLDR's weekday names (2025's
    /// week 1 starts on Monday 2024-12-30; the dates were worked out by hand from that).
    /// </summary>
    [Theory]
    [InlineData("KW 12 Di", "2025-03-18")]
    [InlineData("vecka 5 tisdag", "2025-01-28")]
    [InlineData("Week 3 Tue", "2025-01-14")]
    [InlineData("W12 Mon", "2025-03-17")]
    [InlineData("sem. 40 mer.", "2025-10-01")]
    [InlineData("KW 12 Di: Einführung", "2025-03-18")]
    [InlineData("Week 3 Tue Jan 21", "2025-01-21")] // a date written after the label is the date
    public void Reads_an_iso_week_and_a_weekday(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), new ScheduleDateReader(2025).Read(text));

    [Fact]
    public void Week_labels_cross_the_new_year_by_iso_weeks()
    {
        var reader = new ScheduleDateReader(2025);
        Assert.Equal(new DateOnly(2025, 12, 9), reader.Read("KW 50 Di"));
        Assert.Equal(new DateOnly(2026, 1, 6), reader.Read("KW 2 Di"));
        // 2026's week 1 starts on Monday 2025-12-29.
        Assert.Equal(new DateOnly(2025, 12, 29), new ScheduleDateReader(2026).Read("KW 1 Mo"));
    }

    [Theory]
    [InlineData("Week 1 Introduction")]
    [InlineData("KW 54 Di")]      // no year has a 54th week
    [InlineData("Week 12")]
    public void A_week_label_without_a_weekday_or_a_real_week_is_no_date(string text) => Assert.Null(new ScheduleDateReader(2025).Read(text));

    [Theory]
    [InlineData("26-01-2026", "2026-01-26")]
    [InlineData("Tirsdag 27-01-2026", "2026-01-27")]
    public void Reads_a_dashed_date_day_first_when_the_table_is(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), new ScheduleDateReader(2025, NumericDateOrder.DayFirst).Read(text));

    /// <summary>A label numbering the session, then its date, with no separator between them (Portuguese "Aula" headings).</summary>
    [Theory]
    [InlineData("Aula07 19/08/21 quinta", "2021-08-19")]
    [InlineData("Aula_03 02-03-2023 quinta-feira", "2023-03-02")]
    [InlineData("Lecture 4 10/02", "2025-02-10")]
    public void Finds_a_date_right_after_a_numbered_label(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), new ScheduleDateReader(2025, NumericDateOrder.DayFirst).Find(text));

    [Theory]
    [InlineData("Aula07 prática")]
    [InlineData("Unidade 3 exercícios 1 e 2")]
    public void A_numbered_label_without_a_date_after_it_is_none(string text) =>
        Assert.Null(new ScheduleDateReader(2025, NumericDateOrder.DayFirst).Find(text));

    [Theory]
    [InlineData("Mar 22/09 (8:15–9:15)", 22, 9)] // a weekday, the date, then the hours: judged on the date
    [InlineData("26-01-2026", 26, 1)]
    public void Takes_a_numeric_date_apart_for_judging_its_order(string text, int first, int second) =>
        Assert.Equal((first, second, false), ScheduleDateReader.NumericParts(text));

    [Fact]
    public void A_word_that_is_no_weekday_before_numbers_is_no_date_to_judge() => Assert.Null(ScheduleDateReader.NumericParts("Problem 1/2 due"));
}
