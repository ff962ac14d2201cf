using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// Operations as JSON, so that a stage row holds a whole batch of them (<see cref="StageRecord"/>): each is its target's
/// RowKey, the kind of operation, and the entity's properties with their Table Storage types, which JSON alone would lose
/// (an Int32 from a double, a DateTime from a string).
/// </summary>
internal static class StagedOperationCodec
{
    public static string Encode(TableTransactionAction operation)
    {
        var properties = new JsonObject();
        if (operation.Entity is TableEntity entity)
            foreach (var (name, value) in entity)
                if (name is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag") && value is not null)
                    properties[name] = new JsonArray(Typed(value));
        return new JsonObject
        {
            ["RowKey"] = operation.Entity.RowKey,
            ["Action"] = operation.ActionType.ToString(),
            ["Properties"] = properties,
        }.ToJsonString();
    }

    /// <summary>The operations of <paramref name="json"/>, an array of <see cref="Encode"/>'s objects.</summary>
    public static List<TableTransactionAction> Decode(string partitionKey, string json) => JsonNode.Parse(json)!.AsArray().Select(node =>
    {
        var entity = new TableEntity(partitionKey, (string)node!["RowKey"]!);
        foreach (var (name, typed) in node["Properties"]!.AsObject())
            entity[name] = Value(typed!.AsArray());
        return new TableTransactionAction(Enum.Parse<TableTransactionActionType>((string)node["Action"]!), entity);
    }).ToList();

    private static JsonNode?[] Typed(object value) => value switch
    {
        string text => ["String", text],
        int number => ["Int32", number],
        long number => ["Int64", number.ToString(CultureInfo.InvariantCulture)],
        double number => ["Double", number],
        bool flag => ["Boolean", flag],
        DateTimeOffset time => ["DateTime", time.ToString("O", CultureInfo.InvariantCulture)],
        DateTime time => ["DateTime", new DateTimeOffset(time.ToUniversalTime()).ToString("O", CultureInfo.InvariantCulture)],
        Guid id => ["Guid", id.ToString()],
        byte[] bytes => ["Binary", Convert.ToBase64String(bytes)],
        _ => throw new NotSupportedException($"A staged entity's property of type {value.GetType().Name} is not supported."),
    };

    private static object Value(JsonArray typed)
    {
        var value = typed[1]!;
        return (string)typed[0]! switch
        {
            "String" => (string)value!,
            "Int32" => (int)value,
            "Int64" => long.Parse((string)value!, CultureInfo.InvariantCulture),
            "Double" => (double)value,
            "Boolean" => (bool)value,
            "DateTime" => DateTimeOffset.Parse((string)value!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "Guid" => Guid.Parse((string)value!),
            "Binary" => Convert.FromBase64String((string)value!),
            var type => throw new JsonException($"Unknown staged property type {type}."),
        };
    }
}
