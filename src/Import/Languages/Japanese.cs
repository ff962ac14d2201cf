namespace CourseFunctions.Import;

/// <summary>Japanese: the schedule words CLDR lacks.</summary>
internal sealed class JapaneseLanguage : PageLanguage
{
    public override string Code => "ja";

    public override string? Zone => "Asia/Tokyo";

    public override bool DayFirst => false;

    public override bool DottedDayFirst => false;

    public override string[] CommonWords => [@"の", @"は", @"を", @"講義", @"授業", @"回"];

    public override string[] CancellationPhrases => [@"休講", @"休み", @"祝日"];

    public override string[] ScheduleHeadings => [@"日程", @"スケジュール", @"授業計画", @"予定"];

    public override string[] InformationHeadings => [@"概要", @"情報"];

    public override string[] ExamWords => [@"試験", @"テスト"];
}
