using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CourseFunctions.Import.Tests.Corpus;

/// <summary>
/// What a corpus page must give, read from the sidecar beside it (<c>PAGE.expected.yaml</c>). The format is described
/// in Corpus/README.md. Every key is checked: an unknown key is an error, so that a misspelt expectation cannot pass.
/// </summary>
internal sealed record CorpusSidecar
{
    public const string Suffix = ".expected.yaml";

    /// <summary>Every session's date, in order; empty for a page that must give none.</summary>
    public required IReadOnlyList<DateOnly> Dates { get; init; }

    public required IReadOnlyList<DateOnly> Cancelled { get; init; }

    /// <summary>Every session's hours, <c>HH:mm-HH:mm</c>, <c>HH:mm-</c> (a start only) or <c>none</c>.</summary>
    public string? Hours { get; init; }

    /// <summary>The first session's start, <c>HH:mm</c> or <c>none</c>, for pages whose sessions differ.</summary>
    public string? FirstStart { get; init; }

    public IReadOnlyDictionary<string, string?> Course { get; init; } = new Dictionary<string, string?>();

    /// <summary>The course's class times in order: a day name, or a day and its hours (<c>Wednesday 10:00-10:50</c>).</summary>
    public IReadOnlyList<string>? ClassTimes { get; init; }

    public IReadOnlyDictionary<DateOnly, IReadOnlyDictionary<string, YamlNode?>> Sessions { get; init; } =
        new Dictionary<DateOnly, IReadOnlyDictionary<string, YamlNode?>>();

    public IReadOnlyList<IReadOnlyDictionary<string, YamlNode?>> Warnings { get; init; } = [];

    public IReadOnlyList<string> NoWarningContains { get; init; } = [];

    public IReadOnlyList<string> NoSessionTopic { get; init; } = [];

    private static readonly string[] TopKeys =
        ["dates", "cancelled", "hours", "first_start", "course", "sessions", "warnings", "no_warning_contains", "no_session_topic"];

    public static readonly string[] CourseKeys = ["title", "id", "time_zone", "location", "class_times"];

    public static readonly string[] SessionKeys = ["kind", "status", "topics", "materials", "has_material_titled", "note", "hours"];

    public static readonly string[] WarningKeys = ["contains", "starts", "is", "line", "count"];

    public static CorpusSidecar Read(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file)) stream.Load(reader);
        var top = Map(stream.Documents.Single().RootNode, TopKeys, file);
        var course = top.TryGetValue("course", out var c) && c is not null ? Map(c, CourseKeys, $"{file} course") : new Dictionary<string, YamlNode?>();
        return new CorpusSidecar
        {
            Dates = Strings(top.GetValueOrDefault("dates") ?? throw new FormatException($"{file}: 'dates' is required")).Select(Date).ToList(),
            Cancelled = top.TryGetValue("cancelled", out var cancelled) ? Strings(cancelled).Select(Date).ToList() : [],
            Hours = Scalar(top.GetValueOrDefault("hours")),
            FirstStart = Scalar(top.GetValueOrDefault("first_start")),
            Course = course.Where(p => p.Key != "class_times").ToDictionary(p => p.Key, p => Scalar(p.Value)),
            ClassTimes = course.TryGetValue("class_times", out var times) ? Strings(times) : null,
            Sessions = top.TryGetValue("sessions", out var sessions) && sessions is YamlMappingNode bySession
                ? bySession.Children.ToDictionary(p => Date(((YamlScalarNode)p.Key).Value!), p => Map(p.Value, SessionKeys, $"{file} session {p.Key}"))
                : new Dictionary<DateOnly, IReadOnlyDictionary<string, YamlNode?>>(),
            Warnings = top.TryGetValue("warnings", out var warnings) && warnings is YamlSequenceNode list
                ? list.Children.Select(w => Map(w, WarningKeys, $"{file} warning")).ToList()
                : [],
            NoWarningContains = top.TryGetValue("no_warning_contains", out var absent) ? Strings(absent) : [],
            NoSessionTopic = top.TryGetValue("no_session_topic", out var topics) ? Strings(topics) : [],
        };
    }

    /// <summary>A mapping's entries by key, null for an explicit <c>null</c> or <c>~</c>; any other key is refused.</summary>
    private static IReadOnlyDictionary<string, YamlNode?> Map(YamlNode node, string[] keys, string where)
    {
        if (node is not YamlMappingNode map) throw new FormatException($"{where}: expected a mapping");
        var entries = new Dictionary<string, YamlNode?>();
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (!keys.Contains(name)) throw new FormatException($"{where}: unknown key '{name}' (known: {string.Join(", ", keys)})");
            entries[name] = value is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain } ? null : value;
        }
        return entries;
    }

    public static string? Scalar(YamlNode? node) => node is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>A list of scalars; a single scalar is a list of one.</summary>
    public static IReadOnlyList<string> Strings(YamlNode? node) => node switch
    {
        null => [],
        YamlSequenceNode list => list.Children.Select(item => ((YamlScalarNode)item).Value ?? "").ToList(),
        YamlScalarNode scalar => [scalar.Value ?? ""],
        _ => throw new FormatException($"expected a list at {node.Start}"),
    };

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
