namespace CourseFunctions.Import;

/// <summary>Indonesian: the schedule words CLDR lacks.</summary>
internal sealed class IndonesianLanguage : PageLanguage
{
    public override string Code => "id";

    public override string? Zone => "Asia/Jakarta";

    public override string[] CommonWords => [@"dan", @"yang", @"di", @"ke", @"dari", @"untuk", @"dengan", @"pertemuan", @"minggu", @"kuliah"];

    public override string[] CancellationPhrases => [@"tidak\s+ada\s+kuliah", @"libur", @"kuliah\s+ditiadakan", @"ditiadakan"];

    public override string[] ScheduleHeadings => [@"jadwal", @"rencana"];

    public override string[] InformationHeadings => [@"informasi"];

    public override string[] ExamWords => [@"ujian", @"uts", @"uas"];
}
