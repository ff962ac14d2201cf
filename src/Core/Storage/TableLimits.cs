using Azure.Data.Tables;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// Table Storage rejects a whole batch when one entity breaks a limit, with an error that names
/// neither the property nor the course. Checking first turns that into a message an instructor can act on.
/// </summary>
public static class TableLimits
{
    /// <summary>64 KiB per string or binary property.</summary>
    public const int MaxPropertyBytes = 64 * 1024;

    /// <summary>1 MiB per entity, names and values included.</summary>
    public const int MaxEntityBytes = 1024 * 1024;

    /// <summary>Strings are stored as UTF-16, two bytes a character.</summary>
    public static int StoredSize(string value) => value.Length * 2;

    public static void EnsureWithinLimits(TableEntity entity)
    {
        var total = 4 + StoredSize(entity.PartitionKey) + StoredSize(entity.RowKey);
        foreach (var (name, value) in entity)
        {
            var valueSize = value switch
            {
                string text => StoredSize(text),
                byte[] bytes => bytes.Length,
                _ => 8,
            };
            if (value is string or byte[] && valueSize > MaxPropertyBytes)
                throw new StorageLimitException(
                    $"'{name}' of {entity.PartitionKey}/{entity.RowKey} takes {valueSize:N0} bytes; "
                    + $"Table Storage allows {MaxPropertyBytes:N0} bytes per property.");
            total += 8 + StoredSize(name) + valueSize;
        }
        if (total > MaxEntityBytes)
            throw new StorageLimitException(
                $"{entity.PartitionKey}/{entity.RowKey} takes {total:N0} bytes; Table Storage allows {MaxEntityBytes:N0} bytes per entity.");
    }
}

public sealed class StorageLimitException(string message) : Exception(message);
