namespace CourseFunctions.Import;

/// <summary>Greek: the schedule words CLDR lacks.</summary>
internal sealed class GreekLanguage : PageLanguage
{
    public override string Code => "el";

    public override string? Zone => "Europe/Athens";

    public override string[] CommonWords => [@"και", @"το", @"η", @"του", @"της", @"μάθημα", @"εβδομάδα", @"με", @"για", @"δεν"];

    public override string[] CancellationPhrases => [@"δεν\s+γίνεται\s+μάθημα", @"αργία", @"ακυρώνεται"];

    public override string[] ScheduleHeadings => [@"πρόγραμμα", @"χρονοδιάγραμμα"];

    public override string[] InformationHeadings => [@"πληροφορίες"];

    public override string[] ExamWords => [@"εξέταση", @"εξετάσεις"];
}
