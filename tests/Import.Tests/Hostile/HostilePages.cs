using System.Text;

namespace CourseFunctions.Import.Tests.Hostile;

/// <summary>
/// Course pages an attacker (or a broken generator) could send: long runs of every word and sign the importer
/// looks for, put where the importer looks for them. Each is built on the seed page, so every reader runs.
/// </summary>
internal static class HostilePages
{
    public const int RunChars = 128 * 1024;

    /// <summary>Words and signs the importer's readers match on: dates, times, labels, links, Liquid, Markdown.</summary>
    public static readonly string[] Tokens =
    [
        "{{", "{%", "[", "](", "*", "_", "`", "<", "> ", "|", " ", "\t", "at ", "at the ", "on ", "by ", "and ", ", ", "9:00 ",
        "9 - ", "-", "--", "Jan ", "Friday ", "2025 ", "2025-01-", "1/", "no ", "cancelled ", "exam ", "Week ", "a.", "@", "http://",
        "#", "\\", "&nbsp;", "é", "\u00a0", "<br>", "- ", "Class Times: ", "**", "~~", "$", "'s ", "1. ", ":", "(",
    ];

    /// <summary>Where a run goes: the line of the seed page it replaces, with {run} standing for the run.</summary>
    public static readonly Dictionary<string, (string Find, string Replace)> Places = new()
    {
        ["intro paragraph"] = ("Welcome to the course page", "Welcome {run} to the course page"),
        ["class times"] = ("Fridays, 9:00 AM - 12:15 AM", "Fridays {run} 9:00 AM - 12:15 AM"),
        ["instructor"] = ("Dr. Bruno Loureiro", "Dr. {run} Loureiro"),
        ["description"] = ("In the absence of", "In {run} the absence of"),
        ["topic cell"] = ("| Jan 24     |  |  |", "| Jan 24     | {run} |  |"),
        ["date cell"] = ("| Jan 24     |  |  |", "| Jan {run} 24 |  |  |"),
        ["materials cell"] = ("| Jan 24     |  |  |", "| Jan 24     |  | [Slides {run}](javascript:alert(1)) |"),
        ["literature item"] = ("- Francis Bach book", "- Francis {run} Bach book"),
        ["heading"] = ("## Course Schedule", "## Course {run} Schedule"),
    };

    public static string Run(string token, int chars = RunChars)
    {
        var run = new StringBuilder(chars + token.Length);
        while (run.Length < chars) run.Append(token);
        return run.ToString();
    }

    public static string Build(string seed, string place, string token)
    {
        var (find, replace) = Places[place];
        if (!seed.Contains(find)) throw new InvalidOperationException($"the seed page no longer has \"{find}\"");
        return seed.Replace(find, replace.Replace("{run}", Run(token)));
    }
}
