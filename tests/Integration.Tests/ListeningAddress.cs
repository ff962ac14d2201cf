using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CourseFunctions.Integration.Tests;

internal static class ListeningAddress
{
    /// <summary>Starts an app bound to 127.0.0.1:0 and returns the address Kestrel picked.</summary>
    public static async Task<Uri> StartOnFreePortAsync(this WebApplication app)
    {
        await app.StartAsync();
        return new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }
}
