namespace CourseFunctions.Integration.Tests.Storage;

/// <param name="Reads">Point reads and query pages.</param>
/// <param name="Transactions">Entity-group transactions.</param>
/// <param name="Operations">The entity operations those transactions carry.</param>
/// <param name="SingleWrites">Writes of one entity outside a transaction.</param>
internal sealed record StorageCost(int Reads, int Transactions, int Operations, int SingleWrites)
{
    public override string ToString() =>
        $"{Operations:N0} operations in {Transactions:N0} transactions, {SingleWrites:N0} single writes, {Reads:N0} reads";
}
