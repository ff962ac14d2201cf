namespace CourseFunctions.Import;

/// <summary>English: the schedule words CLDR lacks.</summary>
internal sealed class EnglishLanguage : PageLanguage
{
    public override string Code => "en";

    public override string[] WeekWords => ["week", "wk", "w"];

    public override bool DayFirst => false;

    public override string[] CommonWords => [@"the", @"and", @"of", @"to", @"with", @"class", @"lecture", @"week", @"due", @"reading"];
}
