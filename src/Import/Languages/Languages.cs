using System.Reflection;

namespace CourseFunctions.Import;

/// <summary>Every <see cref="PageLanguage"/> in this assembly: adding a language is adding its file.</summary>
internal static class Languages
{
    public static readonly IReadOnlyList<PageLanguage> All = typeof(PageLanguage).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(PageLanguage)) && !type.IsAbstract)
        .Select(type => (PageLanguage)Activator.CreateInstance(type, nonPublic: true)!)
        .OrderBy(language => language.Code, StringComparer.Ordinal).ToList();

    private static readonly Dictionary<string, PageLanguage> ByCode = All
        .SelectMany(language => language.Aliases.Append(language.Code).Select(code => (code, language)))
        .ToDictionary(pair => pair.code, pair => pair.language, StringComparer.OrdinalIgnoreCase);

    /// <summary>The language of a code ("de", "de-AT", "nb_NO"), if one is known.</summary>
    public static PageLanguage? Of(string? code) =>
        code is { Length: >= 2 } && ByCode.TryGetValue(code.Split('-', '_')[0], out var language) ? language : null;

    public static IEnumerable<string> Words(Func<PageLanguage, string[]> words) => All.SelectMany(words).Distinct();
}
