using Azure.Storage.Blobs;
using Azure.Storage.Sas;

namespace CourseFunctions.Core.Slides;

/// <summary>
/// Short-lived links to one blob. In Azure they are signed with a user-delegation key of the managed
/// identity (no account key exists to sign with); with Azurite's account key, the key signs them.
/// </summary>
public sealed class BlobLinks(BlobServiceClient blobs, TimeProvider time)
{
    /// <summary>Signatures start a little in the past: the client's clock may be behind the service's.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public bool ServedByAccountKey => blobs.CanGenerateAccountSasUri;

    public async Task<(Uri Link, DateTimeOffset ExpiresAt)> SignAsync(
        BlobClient blob, BlobSasPermissions permissions, TimeSpan lifetime, string? contentType, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expires = now + lifetime;
        var sas = new BlobSasBuilder(permissions, expires)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            StartsOn = now - ClockSkew,
            ContentType = contentType,
        };
        if (blob.CanGenerateSasUri) return (blob.GenerateSasUri(sas), expires);
        var key = await blobs.GetUserDelegationKeyAsync(now - ClockSkew, expires, cancellationToken);
        return (new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, blobs.AccountName) }.ToUri(), expires);
    }
}
