namespace CourseFunctions.Integration.Tests;

/// <summary>The Azurite that scripts/test.sh starts. Every test class works in tables of its own.</summary>
internal static class TestStorage
{
    public const string Variable = "COURSEFUNCTIONS_TEST_STORAGE";

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"{Variable} is not set: run the tests with scripts/test.sh, which starts Azurite.");

    /// <summary>Nothing listens on port 1 of the loopback: a storage account that never answers.</summary>
    public const string Unreachable =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    public static string NewTableName() => "t" + Guid.NewGuid().ToString("N")[..24];
}
