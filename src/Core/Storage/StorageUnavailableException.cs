namespace CourseFunctions.Core.Storage;

/// <summary>Storage did not answer within the deadline, and there is no copy that may be served instead.</summary>
public sealed class StorageUnavailableException(Exception? inner)
    : Exception("Storage did not answer in time.", inner);
