namespace CourseFunctions.Import;

/// <summary>Turkish: the schedule words CLDR lacks.</summary>
internal sealed class TurkishLanguage : PageLanguage
{
    public override string Code => "tr";

    public override string? Zone => "Europe/Istanbul";

    public override string[] CommonWords => [@"ve", @"bir", @"bu", @"ile", @"icin", @"ders", @"hafta", @"degil", @"da", @"de"];

    public override string[] CancellationPhrases => [@"ders\s+yok", @"ders\s+iptal", @"iptal", @"tatil", @"resmi\s+tatil"];

    public override string[] ScheduleHeadings => [@"takvim", @"ders plani", @"program", @"haftalik plan"];

    public override string[] InformationHeadings => [@"bilgiler", @"genel bilgi"];

    public override string[] ExamWords => [@"sinav", @"vize", @"final"];
}
