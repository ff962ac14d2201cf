using Azure;
using Azure.Data.Tables;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Core.Tests.Storage;

/// <summary>A batch of staged operations comes back from its stage row as it went in, property types included.</summary>
public class StageRecordTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 4, 5, 6, 7, 891, TimeSpan.Zero);

    private static TableEntity Typed(string rowKey) => new("c", rowKey)
    {
        ["Text"] = "café | \"quoted\" \n line",
        ["Sequence"] = 3,
        ["Big"] = 1L << 40,
        ["Ratio"] = 0.25,
        ["Flag"] = true,
        ["ModifiedAt"] = At,
        ["Id"] = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        ["Bytes"] = new byte[] { 0, 1, 255 },
    };

    private static List<TableTransactionAction> RoundTrip(IEnumerable<TableTransactionAction> operations) =>
        StageRecord.ToOperations(StageRecord.ToEntity("c", "w1", 0, operations.Select(StagedOperationCodec.Encode)));

    [Fact]
    public void Every_property_type_comes_back_as_the_same_type_and_value()
    {
        var back = Assert.Single(RoundTrip([new TableTransactionAction(TableTransactionActionType.UpsertReplace, Typed("session|2025-03-04"))]));

        var entity = Assert.IsType<TableEntity>(back.Entity);
        Assert.Equal(("c", "session|2025-03-04"), (entity.PartitionKey, entity.RowKey));
        foreach (var (name, value) in Typed("x").Where(p => p.Key is not ("PartitionKey" or "RowKey")))
        {
            Assert.IsType(value.GetType(), entity[name]);
            Assert.Equal(value, entity[name]);
        }
    }

    [Fact]
    public void Operations_are_made_unconditional_and_an_insert_becomes_an_upsert()
    {
        var back = RoundTrip([
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("c", "~change|1")),
            new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                new TableEntity("c", "session|2025-01-01") { ["Sequence"] = 1 }, new ETag("W/\"x\"")),
            new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity("c", "session|2025-01-02"), ETag.All),
        ]);

        Assert.Equal([TableTransactionActionType.UpsertReplace, TableTransactionActionType.UpdateMerge, TableTransactionActionType.Delete],
            back.Select(b => b.ActionType));
        Assert.All(back, b => Assert.Equal(ETag.All, b.ETag));
    }

    [Fact]
    public void A_batch_larger_than_one_property_is_cut_into_parts_within_the_limits()
    {
        var operations = Enumerable.Range(0, 10).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
            new TableEntity("c", $"session|{i}") { ["Topics"] = new string((char)('a' + i), 20_000) })).ToList();

        var stage = StageRecord.ToEntity("c", "w1", 0, operations.Select(StagedOperationCodec.Encode));
        TableLimits.EnsureWithinLimits(stage);
        Assert.True(stage.Keys.Count(k => k.StartsWith("Part", StringComparison.Ordinal)) > 1);

        var back = StageRecord.ToOperations(stage);
        Assert.Equal(operations.Select(o => ((TableEntity)o.Entity).GetString("Topics")), back.Select(b => ((TableEntity)b.Entity).GetString("Topics")));
    }
}
