namespace CourseFunctions.Import;

/// <summary>
/// Choose: the candidate whose dates agree best (rise, and fall on the same few weekdays): a table of three exam dates
/// does not outweigh a list of twenty sessions. Ties go to the source registered first. Fallback candidates (week
/// grids) vote only when nothing else was found. Says why when there was a choice, and says so when there was nothing.
/// </summary>
internal sealed class ChooseStage : IImportStage
{
    public string Name => "choose";

    public void Run(ImportContext context)
    {
        var warnings = context.Warnings;
        // Two sources may read the same blocks (a front-matter list is data entries too): the later one is no rival.
        var distinct = context.Candidates.DistinctBy(reading => string.Join(",", reading.Rows.Select(row => row.Session.Date.DayNumber))).ToList();
        var voters = distinct.Where(reading => !reading.Candidate.Fallback).ToList();
        if (voters.Count == 0) voters = distinct;
        if (voters.Count == 0)
        {
            // A page with no schedule at all says so, so that an instructor knows what to change rather than giving up.
            warnings.AtLine(null, "No schedule was found: no table, list or front-matter sessions whose entries read as dates (e.g. \"Jan 10\", \"2025-01-10\", \"10/01\").");
            return;
        }
        var chosen = voters.MaxBy(reading => reading.AgreeingDates)!;
        var others = voters.Where(reading => reading != chosen).ToList();
        var (what, line) = (chosen.Candidate.What, chosen.Candidate.Line);
        if (chosen.Candidate.Why is not null) warnings.AtLine(line, chosen.Candidate.Why);
        if (others.Count > 0)
            warnings.AtLine(line, $"The schedule is the {what} at line {line}: {chosen.Evidence}; "
                + string.Join("; ", others.Select(other => $"not the {other.Candidate.What} at line {other.Candidate.Line}: {other.Evidence}")) + ".");
        warnings.Adopt(chosen.Warnings);
        context.Chosen = chosen;
    }
}
