namespace CourseFunctions.Import;

/// <summary>Hebrew: the schedule words CLDR lacks.</summary>
internal sealed class HebrewLanguage : PageLanguage
{
    public override string Code => "he";

    public override string? Zone => "Asia/Jerusalem";

    public override string[] CommonWords => [@"של", @"את", @"על", @"עם", @"הרצאה", @"שבוע", @"לא", @"גם", @"או", @"זה"];

    public override string[] CancellationPhrases => [@"אין\s+הרצאה", @"אין\s+שיעור", @"בוטל", @"חופשה", @"חג"];

    public override string[] ScheduleHeadings => [@"לוח זמנים", @"סילבוס", @"תוכנית"];

    public override string[] InformationHeadings => [@"מידע"];

    public override string[] ExamWords => [@"מבחן", @"בחינה"];
}
