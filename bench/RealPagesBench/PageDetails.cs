using System.Globalization;
using CourseFunctions.Core.Courses;

namespace CourseFunctions.RealPagesBench;

/// <summary>--verbose: what the importer read from a page, to see why it differs from the hand count.</summary>
internal static class PageDetails
{
    public static void Print(PageImport import)
    {
        if (import.Result is not { } result) { Console.WriteLine($"      {import.Failure}"); return; }
        Console.WriteLine($"      zone {result.Course.TimeZone}; {result.Sessions.Count} sessions in {import.Milliseconds:F0} ms");
        foreach (var session in result.Sessions)
        {
            var time = session.Start is { } start ? start.ToString("HH:mm", CultureInfo.InvariantCulture) : "     ";
            var status = session.Status == SessionStatus.Cancelled ? " cancelled" : "";
            var topic = session.Topics.FirstOrDefault() ?? session.Note ?? "";
            Console.WriteLine($"      {session.Date:yyyy-MM-dd ddd} {time}{status} {(topic.Length > 60 ? topic[..60] : topic)}");
        }
        foreach (var warning in result.Warnings)
            Console.WriteLine($"      warning{(warning.Line is { } line ? $" line {line}" : "")}: {warning.Message}");
    }
}
