namespace CourseFunctions.Import;

/// <summary>
/// What the importer knows of one language beyond .NET's CLDR data (month and weekday names come from there, see
/// <see cref="CalendarWords"/>): the words a schedule uses that CLDR lacks. Each language is one file in Languages/,
/// found by <see cref="Languages"/> without a list to edit. Words are folded (lower case, no accents) as
/// <see cref="Core.Slides.SearchText.Fold"/> leaves them; cancellation phrases and headings are regex fragments.
/// </summary>
internal abstract class PageLanguage
{
    /// <summary>ISO 639-1 code, as in CLDR ("de", "nb").</summary>
    public abstract string Code { get; }

    /// <summary>Other codes that mean this language (Norwegian "no" and "nn" for "nb").</summary>
    public virtual string[] Aliases => [];

    /// <summary>The IANA zone nearly every course taught in the language meets in, when there is one; null otherwise (English, Spanish).</summary>
    public virtual string? Zone => null;

    /// <summary>
    /// The zone of a page in the language, and the form of the language that tells it when not the usual one ("in
    /// traditional script": Chinese written so is Taiwan's); by default <see cref="Zone"/>.
    /// </summary>
    public virtual (string Zone, string? Form)? ZoneOf(string text) => Zone is { } zone ? (zone, null) : null;

    /// <summary>Whether numeric dates (03/11) put the day first.</summary>
    public virtual bool DayFirst => true;

    /// <summary>Whether dotted dates (4.16) put the day first: Europe's 16.4., but East Asia's 4.16 is April 16.</summary>
    public virtual bool DottedDayFirst => true;

    /// <summary>Words frequent in any text of the language and rare in others, for telling a page's language.</summary>
    public virtual string[] CommonWords => [];

    /// <summary>Phrases that say a session does not take place ("keine vorlesung", "no class").</summary>
    public virtual string[] CancellationPhrases => [];

    /// <summary>
    /// Public holidays a dated row may name alone to say it is off ("Labor Day", "Natalicio de Benito Juárez"): read at the
    /// start of a row's text only, since a topic may mention one ("Quiz before Thanksgiving").
    /// </summary>
    public virtual string[] HolidayNames => [];

    /// <summary>Words of a schedule section's heading ("zeitplan", "forelesningsplan").</summary>
    public virtual string[] ScheduleHeadings => [];

    /// <summary>Words of a course-information section's heading ("allgemeines", "organisatorisches").</summary>
    public virtual string[] InformationHeadings => [];

    /// <summary>Words that name an exam ("klausur", "tentti").</summary>
    public virtual string[] ExamWords => [];

    /// <summary>Words that name a week before its number ("kw", "vecka", "semaine"): "KW 12 Di" is a day by ISO 8601 weeks.</summary>
    public virtual string[] WeekWords => [];
}
