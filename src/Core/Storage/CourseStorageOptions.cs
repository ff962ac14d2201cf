namespace CourseFunctions.Core.Storage;

public sealed class CourseStorageOptions
{
    /// <summary>
    /// Configuration section of the storage connection for tables, the slides container and the slide
    /// blob trigger: a connection string as its value, or identity-based keys.
    /// </summary>
    public const string ConnectionName = "CourseStorage";

    /// <summary>Configuration section of these options.</summary>
    public const string SectionName = "CourseData";

    public string TableName { get; set; } = "Courses";

    /// <summary>Text of every indexed slide page, for search.</summary>
    public string PagesTableName { get; set; } = "SlidePages";

    /// <summary>Who changed what and when, through the editing API.</summary>
    public string AuditTableName { get; set; } = "AuditLog";
}
