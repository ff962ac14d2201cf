using System.Text.RegularExpressions;
using CourseFunctions.Core.Slides;

namespace CourseFunctions.Import;

/// <summary>
/// A zone from where the course is given: the institution or city in the front matter's place keys, the course's
/// location, its title, or a university named in the text ("University of Nottingham", "Carnegie Mellon University").
/// Only there: a city anywhere in a page is as often a publisher's ("New York: Wiley") or a topic.
/// </summary>
internal static partial class PlaceZone
{
    public static readonly string[] FrontMatterKeys =
        ["institution", "university", "school", "college", "location", "city", "campus", "place", "venue", "address", "where"];

    [GeneratedRegex(@"\b(?:Universit(?:y|é|à|ät|ad|ade|eit|y College) (?:of |de |di |do |da |del )?|Uniwersytet )\p{Lu}\p{L}+(?:[ \-]\p{Lu}\p{L}+){0,2}"
        + @"|\b\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2} (?:University|College|Institute of Technology)\b", RegexOptions.NonBacktracking)]
    private static partial Regex Institution();

    public sealed record Found(string Zone, string Place, string Where);

    public static Found? For(ImportContext context)
    {
        foreach (var key in FrontMatterKeys)
            if (context.FrontMatter.GetString(key) is { } value && Named(value) is var (zone, place))
                return new Found(zone, place, $"the front matter's '{key}:'");
        if (context.Info.Location is { } location && Named(location) is var (atLocation, locationPlace))
            return new Found(atLocation, locationPlace, "the course's location");
        if (Named(context.Facts.Title) is var (inTitle, titlePlace))
            return new Found(inTitle, titlePlace, "the title");
        var count = 0;
        foreach (Match institution in Institution().Matches(context.Source))
        {
            if (++count % 64 == 0) context.ThrowIfCancelled();
            if (Named(institution.Value) is var (zone, place)) return new Found(zone, place, $"\"{WarningLog.Shown(institution.Value)}\"");
        }
        return null;
    }

    /// <summary>The first place the text names (one to three words, the longest first), with its zone.</summary>
    private static (string Zone, string Place)? Named(string text)
    {
        var words = SearchText.Words(text).Take(200).Select(word => word.Term).ToList();
        for (var start = 0; start < words.Count; start++)
            for (var length = Math.Min(ZoneHints.MaxPlaceWords, words.Count - start); length > 0; length--)
            {
                var phrase = string.Join(' ', words.Skip(start).Take(length));
                if (ZoneHints.Place(phrase) is { } zone) return (zone, phrase);
            }
        return null;
    }
}
