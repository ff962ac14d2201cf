using System.Reflection;

namespace CourseFunctions.Infra.Tests.Architecture;

/// <summary>
/// No two namespaces of one assembly use each other, directly or through others: each namespace can be read, and
/// moved to a project of its own, on top of those it uses (docs/architecture.md).
/// </summary>
public class NamespaceCycleTests
{
    public static TheoryData<string> Assemblies() => new(
        "CourseFunctions.Core", "CourseFunctions.Import", "CourseFunctions.Http", "CourseFunctions.PdfReader",
        "CourseFunctions.Functions", "CourseFunctions.DevServer", "CourseFunctions.Cli");

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_namespace_cycle_inside_the_assembly(string name)
    {
        var edges = NamespaceGraph.Of(Assembly.Load(name));
        var cycles = NamespaceGraph.Cycles(edges);

        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(cycle =>
            $"cycle: {string.Join(", ", cycle)}\n  " + string.Join("\n  ",
                cycle.SelectMany(from => edges[from].Where(edge => cycle.Contains(edge.Key)).Select(edge => edge.Value))))));
    }

    /// <summary>The check itself: a cycle made only of a call inside a method body is found, and nothing else is.</summary>
    [Fact]
    public void A_cycle_through_a_method_body_is_found()
    {
        var edges = NamespaceGraph.Of(typeof(NamespaceCycleTests).Assembly);
        var cycle = Assert.Single(NamespaceGraph.Cycles(edges));

        Assert.Equivalent(new[] { typeof(CycleSample.Calling.Caller).Namespace, typeof(CycleSample.Called.Callee).Namespace }, cycle);
        Assert.Equal("CourseFunctions.Infra.Tests.Architecture.CycleSample.Calling.Caller uses "
            + "CourseFunctions.Infra.Tests.Architecture.CycleSample.Called.Callee",
            edges[typeof(CycleSample.Calling.Caller).Namespace!][typeof(CycleSample.Called.Callee).Namespace!]);
    }
}
