namespace CourseFunctions.Core.Storage;

/// <summary>The tables of the course data (section <c>CourseData</c>); the connection to them is <see cref="CourseStorageConnection"/>.</summary>
public sealed class CourseDataOptions
{
    public const string SectionName = "CourseData";

    public string TableName { get; set; } = "Courses";

    /// <summary>Text of every indexed slide page, for search.</summary>
    public string PagesTableName { get; set; } = "SlidePages";

    /// <summary>Who changed what and when, through the editing API.</summary>
    public string AuditTableName { get; set; } = "AuditLog";

    /// <summary>Per-course editors: the hashes of their tokens, and the GitHub repositories trusted to publish.</summary>
    public string EditorsTableName { get; set; } = "Editors";
}
