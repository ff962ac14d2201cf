using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// One staged operation of a large write as a row of the course's partition: RowKey "~stage|{writeId}|{index:D6}", holding
/// the target row's key, the kind of operation and the target entity's properties. Like the logs (<see cref="LogRows"/>)
/// it sorts after "~", so no reader's query returns it.
/// </summary>
internal static class StageRecord
{
    private const string TargetProperty = "StagedRowKey";
    private const string ActionProperty = "StagedAction";

    /// <summary>Keys and metadata the service adds to an entity read back: not the staged entity's own properties.</summary>
    private static readonly HashSet<string> NotStaged = ["PartitionKey", "RowKey", "Timestamp", "odata.etag", TargetProperty, ActionProperty];

    public static string PrefixOf(string writeId) => LogRows.Stage + writeId + "|";

    public static string RowKeyFor(string writeId, int index) => PrefixOf(writeId) + index.ToString("D6", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(string courseId, string writeId, int index, TableTransactionAction operation)
    {
        var stage = new TableEntity(courseId, RowKeyFor(writeId, index))
        {
            [TargetProperty] = operation.Entity.RowKey,
            [ActionProperty] = operation.ActionType.ToString(),
        };
        if (operation.Entity is TableEntity entity)
            foreach (var (name, value) in entity)
                if (!NotStaged.Contains(name)) stage[name] = value;
        return stage;
    }

    /// <summary>
    /// The operation a stage row holds, made safe to apply after the commit: unconditional, and an insert becomes an upsert.
    /// The commit's condition on the course row already made the write's reads current; after it, every other writer
    /// finishes this write before its own, so no row the operation names can have changed in between.
    /// </summary>
    public static TableTransactionAction ToOperation(TableEntity stage)
    {
        var target = new TableEntity(stage.PartitionKey, stage.GetString(TargetProperty));
        foreach (var (name, value) in stage)
            if (!NotStaged.Contains(name)) target[name] = value;
        return Unconditional(new TableTransactionAction(Enum.Parse<TableTransactionActionType>(stage.GetString(ActionProperty)!), target));
    }

    /// <summary>The operation applied whatever its row holds; an insert becomes an upsert.</summary>
    public static TableTransactionAction Unconditional(TableTransactionAction operation) => new(
        operation.ActionType == TableTransactionActionType.Add ? TableTransactionActionType.UpsertReplace : operation.ActionType,
        operation.Entity, ETag.All);
}
