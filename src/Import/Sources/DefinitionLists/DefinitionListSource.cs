using Markdig.Syntax;
using Markdig.Extensions.DefinitionLists;

namespace CourseFunctions.Import;

/// <summary>Just the Class module pages: a definition list whose terms are dates (<see cref="DefinitionListReader"/>).</summary>
internal sealed class DefinitionListSource : IScheduleSource
{
    public string Name => "definition list";

    public IEnumerable<ScheduleCandidate> Find(ImportContext context)
    {
        var probe = new ScheduleDateReader(context.Year);
        if (context.Document.Descendants<DefinitionList>().FirstOrDefault(list => DefinitionListReader.IsSchedule(list, probe)) is not { } modules) yield break;
        yield return new ScheduleCandidate("definition list", modules.Line + 1,
            (dates, sessions, log) => DefinitionListReader.Read(modules, dates, sessions, log));
    }

    public YearEvidence EvidenceOfYear(ImportContext context, int year) => YearEvidence.None;
}
