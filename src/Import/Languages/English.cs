namespace CourseFunctions.Import;

/// <summary>English: the schedule words CLDR lacks.</summary>
internal sealed class EnglishLanguage : PageLanguage
{
    public override string Code => "en";

    public override string[] WeekWords => ["week", "wk", "w"];

    public override bool DayFirst => false;

    public override string[] CommonWords => [@"the", @"and", @"of", @"to", @"with", @"class", @"lecture", @"week", @"due", @"reading"];

    public override string[] HolidayNames =>
    [
        @"labou?r\s+day", @"thanksgiving", @"memorial\s+day", @"martin\s+luther\s+king", @"mlk", @"veterans.?\s+day", @"presidents.?\s+day",
        @"independence\s+day", @"juneteenth", @"columbus\s+day", @"indigenous\s+peoples.?\s+day", @"good\s+friday", @"easter\s+monday",
        @"christmas", @"new\s+year.?s\s+day", @"reading\s+days?",
    ];
}
