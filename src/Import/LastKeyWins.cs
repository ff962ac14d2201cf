using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CourseFunctions.Import;

/// <summary>
/// Jekyll and Hugo read a mapping that repeats a key ("topics:" twice, "homework:" twice) and keep the last value; YAML
/// forbids it and YamlDotNet refuses the whole document. This rewrites the parse events so that only each key's last
/// entry remains, then hands them to the loader. It works on the events the caps check read, so they are few and the
/// nesting shallow.
/// </summary>
internal sealed class LastKeyWins : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _position = -1;

    private LastKeyWins(List<ParsingEvent> events) => _events = events;

    /// <param name="events">The document's parse events, as the caps check read them.</param>
    /// <param name="repeated">Each key given up for a later one: its text and 1-based line in the YAML.</param>
    public static IParser Over(List<ParsingEvent> events, List<(string Key, int Line)> repeated)
    {
        var output = new List<ParsingEvent>(events.Count);
        for (var i = 0; i < events.Count;) i = CopyNode(events, i, output, repeated);
        return new LastKeyWins(output);
    }

    public ParsingEvent? Current => _position >= 0 && _position < _events.Count ? _events[_position] : null;

    public bool MoveNext() => ++_position < _events.Count;

    /// <summary>Copies the node (or stream/document marker) at <paramref name="start"/>; returns the index after it.</summary>
    private static int CopyNode(List<ParsingEvent> events, int start, List<ParsingEvent> output, List<(string Key, int Line)> repeated)
    {
        output.Add(events[start]);
        switch (events[start])
        {
            case SequenceStart:
                var item = start + 1;
                while (events[item] is not SequenceEnd) item = CopyNode(events, item, output, repeated);
                output.Add(events[item]);
                return item + 1;
            case MappingStart:
                var pairs = new List<(int Key, int End)>();
                var next = start + 1;
                while (events[next] is not MappingEnd)
                {
                    var key = next;
                    next = End(events, End(events, key));
                    pairs.Add((key, next));
                }
                var last = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var index = 0; index < pairs.Count; index++)
                    if (events[pairs[index].Key] is Scalar key) last[key.Value] = index;
                for (var index = 0; index < pairs.Count; index++)
                {
                    var (key, end) = pairs[index];
                    if (events[key] is Scalar name && last[name.Value] != index)
                    {
                        repeated.Add((name.Value, (int)name.Start.Line));
                        continue;
                    }
                    for (var part = key; part < end;) part = CopyNode(events, part, output, repeated);
                }
                output.Add(events[next]);
                return next + 1;
            default:
                return start + 1;
        }
    }

    /// <summary>The index after the node at <paramref name="start"/>.</summary>
    private static int End(List<ParsingEvent> events, int start)
    {
        var depth = 0;
        var i = start;
        do
        {
            if (events[i] is SequenceStart or MappingStart) depth++;
            else if (events[i] is SequenceEnd or MappingEnd) depth--;
            i++;
        } while (depth > 0);
        return i;
    }
}
