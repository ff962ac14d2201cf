using CourseFunctions.Core.Courses;
using Azure.Data.Tables;

namespace CourseFunctions.Core.Storage;

/// <summary>Maps a slide deck to its row, in its course's partition: RowKey = "material|{id}".</summary>
internal static class MaterialRecord
{
    public const string RowKeyPrefix = "material|";

    /// <summary>When the deck's slidesPublished change was recorded: once per deck, kept by every later version.</summary>
    public const string AnnouncedAt = "AnnouncedAt";

    /// <summary>
    /// Set while a ready deck is held back by its publishAt and not yet announced: the time its change is due. Only rows
    /// that await one have it, so the dispatcher finds them with one comparison.
    /// </summary>
    public const string AnnounceDueAt = "AnnounceDueAt";

    public static bool IsMaterialRow(string rowKey) => rowKey.StartsWith(RowKeyPrefix, StringComparison.Ordinal);

    public static TableEntity ToEntity(SlideMaterial material) => new(material.CourseId, RowKeyPrefix + material.Id)
    {
        ["BlobName"] = material.BlobName,
        ["FileName"] = material.FileName,
        ["Title"] = material.Title,
        ["PageCount"] = material.PageCount,
        ["PagesWithoutText"] = material.PagesWithoutText,
        ["TextQuality"] = material.TextQuality,
        ["Size"] = material.Size,
        ["Sha256"] = material.Sha256,
        ["BlobETag"] = material.BlobETag,
        ["Status"] = material.Status.ToString(),
        ["Error"] = material.Error,
        ["SessionDate"] = WireFormats.Date(material.SessionDate),
        ["UpdatedAt"] = material.UpdatedAt,
        ["PublishAt"] = material.PublishAt,
        ["Attempts"] = material.Attempts,
    };

    public static SlideMaterial ToMaterial(TableEntity entity) => new()
    {
        Id = entity.RowKey[RowKeyPrefix.Length..],
        CourseId = entity.PartitionKey,
        BlobName = entity.GetString("BlobName") ?? "",
        FileName = entity.GetString("FileName") ?? "",
        Title = entity.GetString("Title"),
        PageCount = entity.GetInt32("PageCount") ?? 0,
        PagesWithoutText = entity.GetInt32("PagesWithoutText") ?? 0,
        TextQuality = entity.GetDouble("TextQuality"),
        Size = entity.GetInt64("Size") ?? 0,
        Sha256 = entity.GetString("Sha256"),
        BlobETag = entity.GetString("BlobETag"),
        Status = Enum.TryParse<MaterialStatus>(entity.GetString("Status"), out var status) ? status : MaterialStatus.Failed,
        Error = entity.GetString("Error"),
        SessionDate = entity.GetString("SessionDate") is { } date ? WireFormats.ParseDate(date) : null,
        UpdatedAt = entity.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.UnixEpoch,
        PublishAt = entity.GetDateTimeOffset("PublishAt"),
        Attempts = entity.GetInt32("Attempts") ?? 0,
    };
}
