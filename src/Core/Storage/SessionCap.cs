using Microsoft.Extensions.Options;

namespace CourseFunctions.Core.Storage;

/// <summary>
/// The most sessions a course may hold (<see cref="CourseDataOptions.MaxSessionsPerCourse"/>), checked before an import is
/// written (a new session is checked by the store, against the course revision its transaction requires): a course past it
/// would make every schedule read and calendar feed grow without bound.
/// </summary>
public sealed class SessionCap(IOptions<CourseDataOptions> options)
{
    public int Limit => options.Value.MaxSessionsPerCourse;

    /// <exception cref="SessionCapException"><paramref name="sessions"/> is past the cap.</exception>
    public void Check(int sessions)
    {
        if (sessions > Limit) throw new SessionCapException(Limit, sessions);
    }
}
