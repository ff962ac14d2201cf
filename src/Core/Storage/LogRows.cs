namespace CourseFunctions.Core.Storage;

/// <summary>
/// RowKey prefixes of the rows a write adds beside the course's content in its partition: audit entries, changes,
/// outbox markers, and the staged operations of a write too large for one transaction (<see cref="StageRecord"/>). They
/// start with "~", which sorts after "course", "material|" and "session|", so the schedule query reads
/// <c>RowKey lt '~'</c> and never the logs, however long they grow.
/// </summary>
internal static class LogRows
{
    public const string Audit = "~audit|";
    public const string Change = "~change|";
    public const string Outbox = "~outbox|";
    public const string Stage = "~stage|";

    /// <summary>The first RowKey no content row reaches.</summary>
    public const string ContentEnd = "~";

    /// <summary>The RowKey just past every key starting with <paramref name="prefix"/> ("|" + 1 is "}").</summary>
    public static string EndOf(string prefix) => prefix[..^1] + "}";
}
