namespace CourseFunctions.Import;

/// <summary>Korean: the schedule words CLDR lacks.</summary>
internal sealed class KoreanLanguage : PageLanguage
{
    public override string Code => "ko";

    public override string? Zone => "Asia/Seoul";

    public override bool DayFirst => false;

    public override bool DottedDayFirst => false;

    public override string[] CommonWords => [@"및", @"의", @"수업", @"주차", @"강의"];

    public override string[] CancellationPhrases => [@"휴강", @"공휴일", @"휴일"];

    public override string[] ScheduleHeadings => [@"일정", @"강의계획", @"수업계획"];

    public override string[] InformationHeadings => [@"정보", @"안내"];

    public override string[] ExamWords => [@"시험", @"중간고사", @"기말고사"];
}
