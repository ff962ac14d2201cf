using System.Globalization;

namespace CourseFunctions.Import;

/// <summary>
/// Choose: the candidate whose dates agree best (rise, and fall on the same few weekdays): a table of three exam dates
/// does not outweigh a list of twenty sessions. Ties go to the source registered first. Fallback candidates (week
/// grids) vote only when nothing else was found, and blocks that are no class meetings (deadlines) never. Says why when
/// there was a choice, and says so when there was nothing. Every dated block not chosen is kept as an unused block.
/// </summary>
internal sealed class ChooseStage : IImportStage
{
    public string Name => "choose";

    public void Run(ImportContext context)
    {
        var warnings = context.Warnings;
        // Two sources may read the same blocks (a front-matter list is data entries too): the later one is no rival.
        var eligible = context.Candidates.Where(reading => reading.Candidate.LeftOut is null)
            .DistinctBy(reading => string.Join(",", reading.Rows.Select(row => row.Session.Date.DayNumber))).ToList();
        var voters = eligible.Where(reading => !reading.Candidate.Fallback).ToList();
        if (voters.Count == 0) voters = eligible;
        var chosen = voters.MaxBy(reading => reading.AgreeingDates);
        foreach (var reading in eligible.Concat(context.Candidates.Where(reading => reading.Candidate.LeftOut is not null))
            .Where(reading => reading != chosen && reading.Rows.Count > 0))
        {
            context.UnusedBlocks.Add(Unused(reading, chosen));
            if (reading.Candidate.LeftOut is null) context.RivalDates += reading.Rows.Count;
        }
        if (chosen is null)
        {
            // A page with no schedule at all says so, so that an instructor knows what to change rather than giving up.
            warnings.AtLine(null, "No schedule was found: no table, list or front-matter sessions whose entries read as dates "
                + "(e.g. \"Jan 10\", \"2025-01-10\", \"10/01\").");
            SayWhereTheScheduleIs(context);
            return;
        }
        var others = voters.Where(reading => reading != chosen).ToList();
        var (what, line) = (chosen.Candidate.What, chosen.Candidate.Line);
        if (chosen.Candidate.Why is not null) warnings.AtLine(line, chosen.Candidate.Why);
        if (others.Count > 0)
            warnings.AtLine(line, $"The schedule is the {what} at line {line}: {chosen.Evidence}; "
                + string.Join("; ", others.Select(other => $"not the {other.Candidate.What} at line {other.Candidate.Line}: {other.Evidence}")) + ".");
        warnings.Adopt(chosen.Warnings);
        context.Chosen = chosen;
        if (chosen.Rows.Count == 0) SayWhereTheScheduleIs(context); // a table whose rows a template loop fills
    }

    /// <summary>A template that renders the schedule from the site's other files: named, so that no sessions has a reason.</summary>
    private static void SayWhereTheScheduleIs(ImportContext context)
    {
        if (RenderedElsewhere.Find(context.Page) is { Count: > 0 } templates)
            context.Warnings.AtLine(null, $"The page renders its schedule from other files, which importing this one file cannot read: "
                + $"{string.Join("; ", templates)}. Import the data file it reads (a _data/ or schedule.yaml file) or the rendered page.");
    }

    /// <summary>A block not chosen: the span of its dates, and why it was left (no meetings, a fallback, or a better rival).</summary>
    private static UnusedBlock Unused(ScheduleReading reading, ScheduleReading? chosen)
    {
        var candidate = reading.Candidate;
        var reason = candidate.LeftOut
            ?? (chosen is null ? "no block of the page was chosen"
                : candidate.Fallback && !chosen.Candidate.Fallback
                    ? $"a {candidate.What} counts only when no written dates are found; the {chosen.Candidate.What} at line {chosen.Candidate.Line} was chosen"
                : $"the {chosen.Candidate.What} at line {chosen.Candidate.Line} was chosen ({chosen.Evidence}; this one: {reading.Evidence})");
        return new UnusedBlock(candidate.Line, Span(reading), reason, candidate.What, reading.Rows.Count);
    }

    private static string Span(ScheduleReading reading)
    {
        var dates = reading.Rows.Select(row => row.Session.Date).ToList();
        var (first, last) = (dates.Min(), dates.Max());
        static string Shown(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return first == last ? Shown(first) : $"{Shown(first)} … {Shown(last)}";
    }
}
