using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// The most sessions a course may hold (<see cref="CourseDataOptions.MaxSessionsPerCourse"/>), checked before an import
/// or a new session is written: a course past it would make every schedule read and calendar feed grow without bound.
/// </summary>
public sealed class SessionCap(ICourseStore store, IOptions<CourseDataOptions> options)
{
    public int Limit => options.Value.MaxSessionsPerCourse;

    /// <exception cref="SessionCapException"><paramref name="sessions"/> is past the cap.</exception>
    public void Check(int sessions)
    {
        if (sessions > Limit) throw new SessionCapException(Limit, sessions);
    }

    /// <summary>Before a session is added: the course must have room for one more.</summary>
    /// <exception cref="SessionCapException">The course is full.</exception>
    public async Task EnsureRoomForOneMoreAsync(string courseId, CancellationToken cancellationToken) =>
        Check(await store.CountSessionsAsync(courseId, cancellationToken) + 1);
}
