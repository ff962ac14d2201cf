namespace CourseFunctions.Core.Storage;

/// <summary>A write would leave a course with more sessions than <see cref="CourseDataOptions.MaxSessionsPerCourse"/>.</summary>
public sealed class SessionCapException(int cap, int sessions)
    : Exception($"A course holds at most {cap:N0} sessions "
        + $"(setting {CourseDataOptions.SectionName}:{nameof(CourseDataOptions.MaxSessionsPerCourse)}); this would make it {sessions:N0}.")
{
    public int Cap { get; } = cap;
}
