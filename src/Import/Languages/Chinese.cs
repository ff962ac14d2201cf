using System.Buffers;

namespace CourseFunctions.Import;

/// <summary>Chinese: the schedule words CLDR lacks.</summary>
internal sealed class ChineseLanguage : PageLanguage
{
    public override string Code => "zh";

    public override string? Zone => "Asia/Shanghai";

    // Characters written differently in traditional and simplified script, pair by pair (課/课, 與/与, 週/周).
    private static readonly SearchValues<char> Traditional =
        SearchValues.Create("課與這們學會時間體點說個對開關為國語電腦專題報錄練習議資訊網際經濟發變歷連實驗書讀寫聽應該還進過認識導論試準備參選擇單評價計劃級處東車門問區業週貼檔傳樣數據構組給總結統態頁");
    private static readonly SearchValues<char> Simplified =
        SearchValues.Create("课与这们学会时间体点说个对开关为国语电脑专题报录练习议资讯网际经济发变历连实验书读写听应该还进过认识导论试准备参选择单评价计划级处东车门问区业周贴档传样数据构组给总结统态页");

    /// <summary>
    /// Chinese in traditional script is Taiwan's (Hong Kong's courses are mostly taught in English): a page whose
    /// characters of one script outnumber the other's three to one, at least ten of them, is read in Asia/Taipei.
    /// </summary>
    public override (string Zone, string? Form)? ZoneOf(string text)
    {
        var (traditional, simplified) = (0, 0);
        foreach (var c in text)
        {
            if (Traditional.Contains(c)) traditional++;
            else if (Simplified.Contains(c)) simplified++;
        }
        return traditional >= 10 && traditional > 3 * simplified ? ("Asia/Taipei", "in traditional script") : ("Asia/Shanghai", null);
    }

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
