namespace CourseFunctions.Import;

/// <summary>What the course-facts stage read from the page's sections, before the course is assembled.</summary>
internal sealed record CourseFactsRead(
    string Title, string Id, string? Permalink, string? Semester,
    string? Description, string? Evaluation, IReadOnlyList<string> Topics, IReadOnlyList<Core.Courses.LiteratureItem> Literature);
