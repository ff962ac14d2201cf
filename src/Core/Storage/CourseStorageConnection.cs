namespace CourseFunctions.Core.Storage;

/// <summary>
/// The storage connection for tables, the slides container and the slide blob trigger: the configuration section
/// <see cref="Name"/>, holding a connection string as its value (Azurite), or identity-based keys (Azure).
/// </summary>
public static class CourseStorageConnection
{
    public const string Name = "CourseStorage";

    /// <summary>
    /// Keys of an identity-based connection section that this code reads, besides those Azure.Identity reads
    /// (<c>credential</c>, <c>clientId</c>). infra/ sets each of them; a test checks that it does.
    /// </summary>
    public static class Keys
    {
        public const string TableServiceUri = "tableServiceUri";
        public const string BlobServiceUri = "blobServiceUri";
        public const string QueueServiceUri = "queueServiceUri";
        public const string Credential = "credential";
        public const string ClientId = "clientId";
    }
}
