using CourseFunctions.DevServer;

namespace CourseFunctions.Integration.Tests;

/// <summary>A real DevServer on Kestrel, on a free loopback port, against its own table.</summary>
public sealed class DevServerHost : IAsyncDisposable
{
    private DevServerHost(WebApplication app, Uri baseAddress, string tableName)
    {
        App = app;
        BaseAddress = baseAddress;
        TableName = tableName;
    }

    public WebApplication App { get; }
    public Uri BaseAddress { get; }
    public string TableName { get; }

    public static async Task<DevServerHost> StartAsync(string? connectionString = null, params string[] extraArgs)
    {
        var tableName = TestStorage.NewTableName();
        var app = DevServerApp.Build([
            "--urls", "http://127.0.0.1:0",
            "--CourseStorage", connectionString ?? TestStorage.ConnectionString,
            "--CourseData:TableName", tableName,
            "--Logging:LogLevel:Default", "Warning",
            .. extraArgs]);
        return new DevServerHost(app, await app.StartOnFreePortAsync(), tableName);
    }

    public HttpClient CreateClient() => new(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None })
    {
        BaseAddress = BaseAddress,
    };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>One DevServer with the sample course seeded, shared by a test class.</summary>
public sealed class SeededDevServer : IAsyncLifetime
{
    public DevServerHost Host { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await DevServerHost.StartAsync();
        Client = Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
