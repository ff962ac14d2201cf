using System.Globalization;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// One batch of a large write's staged operations as a row of the course's partition: RowKey "~stage|{writeId}|{batch:D6}",
/// the operations as JSON (<see cref="StagedOperationCodec"/>) cut into properties "Part0", "Part1", … of at most
/// <see cref="PartChars"/> characters (Table Storage's 64 KiB per property, in UTF-16). A batch is what one transaction
/// applies after the commit, so staging costs a row per batch, not per operation. Like the logs (<see cref="LogRows"/>)
/// the rows sort after "~", so no reader's query returns them.
/// </summary>
internal static class StageRecord
{
    public const int PartChars = 30_000;

    /// <summary>The JSON a batch may take: 8 parts, about half a MiB in UTF-16, well within an entity's 1 MiB.</summary>
    public const int MaxBatchChars = 8 * PartChars;

    public static string PrefixOf(string writeId) => LogRows.Stage + writeId + "|";

    public static string RowKeyFor(string writeId, int batch) => PrefixOf(writeId) + batch.ToString("D6", CultureInfo.InvariantCulture);

    /// <param name="encoded">The batch's operations, each from <see cref="StagedOperationCodec.Encode"/>.</param>
    public static TableEntity ToEntity(string courseId, string writeId, int batch, IEnumerable<string> encoded)
    {
        var json = "[" + string.Join(",", encoded) + "]";
        var stage = new TableEntity(courseId, RowKeyFor(writeId, batch));
        for (var part = 0; part * PartChars < json.Length; part++)
            stage["Part" + part.ToString(CultureInfo.InvariantCulture)] = json.Substring(part * PartChars, Math.Min(PartChars, json.Length - part * PartChars));
        return stage;
    }

    /// <summary>The batch's operations, made safe to apply after the commit (<see cref="Unconditional"/>).</summary>
    public static List<TableTransactionAction> ToOperations(TableEntity stage)
    {
        var json = new StringBuilder();
        for (var part = 0; stage.GetString("Part" + part.ToString(CultureInfo.InvariantCulture)) is { } text; part++) json.Append(text);
        return StagedOperationCodec.Decode(stage.PartitionKey, json.ToString()).Select(Unconditional).ToList();
    }

    /// <summary>
    /// The operation applied whatever its row holds; an insert becomes an upsert. The commit's condition on the course row
    /// already made the write's reads current; after it, every other writer finishes this write before its own, so no row
    /// the operation names can have changed in between.
    /// </summary>
    public static TableTransactionAction Unconditional(TableTransactionAction operation) => new(
        operation.ActionType == TableTransactionActionType.Add ? TableTransactionActionType.UpsertReplace : operation.ActionType,
        operation.Entity, ETag.All);
}
