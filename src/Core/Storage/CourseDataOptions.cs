using System.ComponentModel.DataAnnotations;

namespace CourseFunctions.Core.Storage;

/// <summary>The tables of the course data (section <c>CourseData</c>); the connection to them is <see cref="CourseStorageConnection"/>.</summary>
public sealed class CourseDataOptions
{
    public const string SectionName = "CourseData";

    [Required, RegularExpression("[A-Za-z][A-Za-z0-9]{2,62}", ErrorMessage = "A table name is 3 to 63 letters and digits, starting with a letter.")]
    public string TableName { get; set; } = "Courses";

    /// <summary>Text of every indexed slide page, for search.</summary>
    [Required, RegularExpression("[A-Za-z][A-Za-z0-9]{2,62}", ErrorMessage = "A table name is 3 to 63 letters and digits, starting with a letter.")]
    public string PagesTableName { get; set; } = "SlidePages";

    /// <summary>Per-course editors: the hashes of their tokens, and the GitHub repositories trusted to publish.</summary>
    [Required, RegularExpression("[A-Za-z][A-Za-z0-9]{2,62}", ErrorMessage = "A table name is 3 to 63 letters and digits, starting with a letter.")]
    public string EditorsTableName { get; set; } = "Editors";

    /// <summary>
    /// The most sessions a course may hold, by import or through the API: far above a real course (a year of daily
    /// classes is a few hundred), and low enough that a schedule is read and served as one partition query.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, MaxSessionsCeiling)]
    public int MaxSessionsPerCourse { get; set; } = 2000;

    /// <summary>Above this, a schedule no longer fits a partition query's pages and a calendar a client's patience.</summary>
    public const int MaxSessionsCeiling = 20_000;
}
