namespace CourseFunctions.Import;

/// <summary>Russian: the schedule words CLDR lacks.</summary>
internal sealed class RussianLanguage : PageLanguage
{
    public override string Code => "ru";

    public override string? Zone => "Europe/Moscow";

    public override string[] CommonWords => [@"и", @"в", @"на", @"не", @"с", @"лекция", @"неделя", @"для", @"по", @"занятие"];

    public override string[] CancellationPhrases => [@"нет\s+занятий", @"занятие\s+отменено", @"отменено", @"праздник", @"каникулы"];

    public override string[] ScheduleHeadings => [@"расписание", @"программа", @"план"];

    public override string[] InformationHeadings => [@"информация", @"организация"];

    public override string[] ExamWords => [@"экзамен", @"зачет"];
}
