namespace CourseFunctions.Import;

/// <summary>
/// The budget of the import running on this thread (<see cref="ImportPipeline.Run"/> sets it), for the readers deep
/// inside a schedule source or a stage that are handed no token: one line, <see cref="ThrowIfSpent"/>, in each loop
/// over rows, items, lines or blocks makes the work itself stop when the budget does. An import runs on one thread.
/// </summary>
internal static class ImportBudget
{
    [ThreadStatic]
    private static CancellationToken _current;

    public static void ThrowIfSpent() => _current.ThrowIfCancellationRequested();

    /// <summary>Makes <paramref name="budget"/> this thread's until the returned scope is disposed.</summary>
    public static Scope Enter(CancellationToken budget)
    {
        var outer = _current;
        _current = budget;
        return new Scope(outer);
    }

    public readonly struct Scope(CancellationToken outer) : IDisposable
    {
        public void Dispose() => _current = outer;
    }
}
