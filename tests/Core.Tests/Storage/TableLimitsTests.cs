using Azure.Data.Tables;
using CourseFunctions.Core.Storage;

namespace CourseFunctions.Core.Tests.Storage;

public class TableLimitsTests
{
    [Fact]
    public void A_string_over_64_KiB_is_refused_with_its_name()
    {
        var entity = new TableEntity("c", "course") { ["Description"] = new string('x', TableLimits.MaxPropertyBytes / 2 + 1) };
        var error = Assert.Throws<StorageLimitException>(() => TableLimits.EnsureWithinLimits(entity));
        Assert.Contains("Description", error.Message);
    }

    [Fact]
    public void A_string_of_exactly_64_KiB_fits() =>
        TableLimits.EnsureWithinLimits(new TableEntity("c", "course") { ["Description"] = new string('x', TableLimits.MaxPropertyBytes / 2) });

    [Fact]
    public void An_entity_over_1_MiB_in_total_is_refused()
    {
        var entity = new TableEntity("c", "course");
        for (var i = 0; i < 17; i++) entity[$"Part{i}"] = new string('x', TableLimits.MaxPropertyBytes / 2);
        Assert.Throws<StorageLimitException>(() => TableLimits.EnsureWithinLimits(entity));
    }
}
