namespace CourseFunctions.Import;

/// <summary>Chinese: the schedule words CLDR lacks.</summary>
internal sealed class ChineseLanguage : PageLanguage
{
    public override string Code => "zh";

    public override string? Zone => "Asia/Shanghai";

    public override bool DayFirst => false;

    public override bool DottedDayFirst => false;

    public override string[] CommonWords => [@"的", @"课程", @"第", @"周", @"讲"];

    public override string[] CancellationPhrases => 
    [
        @"停课", @"停課", @"休课", @"休課", @"无课", @"無課", @"不上课", @"不上課", @"放假", @"假期", @"节假日", @"連假", @"连假",
        @"国定假日", @"國定假日",
    ];

    public override string[] ScheduleHeadings => [@"日程", @"课程安排", @"教学日历", @"课表", @"进度", @"安排"];

    public override string[] InformationHeadings => [@"课程信息", @"基本信息"];

    public override string[] ExamWords => [@"考试", @"期中", @"期末"];
}
