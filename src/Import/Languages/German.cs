namespace CourseFunctions.Import;

/// <summary>German: the schedule words CLDR lacks.</summary>
internal sealed class GermanLanguage : PageLanguage
{
    public override string Code => "de";

    public override string[] WeekWords => ["kw", "kalenderwoche", "woche"];

    public override string? Zone => "Europe/Berlin";

    public override string[] CommonWords => [@"und", @"der", @"die", @"das", @"mit", @"nicht", @"fur", @"vorlesung", @"ubung", @"woche", @"keine",
        // A schedule's own words, for pages that are a table of dates and topics (aheil/seks termine.md, molldur/bif termine.md).
        @"uhr", @"sitzung", @"einfuhrung", @"entfallt", @"vorlesungsfrei", @"inhalt"];

    public override string[] CancellationPhrases => [@"keine\s+(?:vorlesung|veranstaltung|ubung|lehrveranstaltung|sitzung|uebung)",
        @"(?:vorlesung|veranstaltung|sitzung)\s+entfallt", @"entfallt", @"feiertag", @"vorlesungsfrei\w*", @"\w*ferien"];

    public override string[] ScheduleHeadings => [@"zeitplan", @"termine", @"ablauf", @"semesterplan", @"vorlesungsplan", @"wochenplan", @"inhalte"];

    public override string[] InformationHeadings => [@"allgemeines", @"organisatorisches", @"kursinformationen", @"organisation", @"rahmendaten"];

    public override string[] ExamWords => [@"klausur", @"pr[uü]fung"];
}
