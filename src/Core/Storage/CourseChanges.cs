namespace CourseFunctions.Core.Storage;

/// <summary>
/// Tells this instance's caches that it just changed a course, so that they drop their copy at once instead
/// of at their next revalidation. Other instances learn of the change from the course's revision.
/// </summary>
public sealed class CourseChanges
{
    public event Action<string>? Changed;

    public void Notify(string courseId) => Changed?.Invoke(courseId);
}
