namespace CourseFunctions.Import;

/// <summary>Vietnamese: the schedule words CLDR lacks.</summary>
internal sealed class VietnameseLanguage : PageLanguage
{
    public override string Code => "vi";

    public override string? Zone => "Asia/Ho_Chi_Minh";

    public override string[] CommonWords => [@"và", @"của", @"các", @"là", @"không", @"buổi", @"tuần", @"học", @"cho", @"với"];

    public override string[] CancellationPhrases => [@"nghỉ\s+học", @"nghỉ", @"nghỉ\s+lễ"];

    public override string[] ScheduleHeadings => [@"lịch học", @"lịch trình", @"kế hoạch"];

    public override string[] InformationHeadings => [@"thông tin"];

    public override string[] ExamWords => [@"thi", @"kiểm tra"];
}
