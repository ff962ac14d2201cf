using CourseFunctions.Core.Courses;

namespace CourseFunctions.Core.Storage;

/// <summary>Where courses and their sessions live. The production implementation is <see cref="TableCourseStore"/>.</summary>
public interface ICourseStore
{
    Task<IReadOnlyList<Course>> ListCoursesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A token that changes whenever a course is created or its information changes, from one point read; null
    /// before the first such write. Lets the course list be cached without a scan per request.
    /// </summary>
    Task<string?> GetCatalogRevisionAsync(CancellationToken cancellationToken);

    Task<Course?> GetCourseAsync(string courseId, CancellationToken cancellationToken);

    /// <summary>How many sessions the course holds, from its keys alone (the session cap is checked against it).</summary>
    Task<int> CountSessionsAsync(string courseId, CancellationToken cancellationToken);

    /// <summary>The course and its sessions in date order, or null when the course does not exist.</summary>
    Task<CourseSchedule?> GetScheduleAsync(string courseId, CancellationToken cancellationToken);

    /// <summary>
    /// When the course or its schedule last changed (deletions included), from one point read;
    /// null when the course does not exist. Lets caches revalidate without reading the schedule.
    /// </summary>
    Task<DateTimeOffset?> GetScheduleVersionAsync(string courseId, CancellationToken cancellationToken);

    /// <summary>Stores a course and replaces its schedule with <paramref name="sessions"/>, whatever version is stored.</summary>
    Task<SaveSummary> SaveAsync(Course course, IReadOnlyList<Session> sessions, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a course and replaces its schedule, on <paramref name="condition"/>, which the write itself checks ("*": whatever
    /// is there or nothing, applied to the version read and retried when another write gets in between). Sessions whose view
    /// changes get a new SEQUENCE and a change record (none for a new course), in one write with the audit entry that readers see
    /// whole or not at all, however large.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The condition does not hold.</exception>
    /// <remarks>
    /// A re-import keeps the edits made since the last import (<see cref="ScheduleMerge"/>): <paramref name="sessions"/> are
    /// the page's, merged with storage and the page as last imported, which the write records for the next import. In a
    /// conflict the page wins unless <paramref name="keepEdits"/>; the summary lists the edits met.
    /// </remarks>
    /// <exception cref="SessionCapException">The merged schedule would hold more sessions than the cap.</exception>
    Task<SaveSummary> SaveAsync(Course course, IReadOnlyList<Session> sessions, WriteCondition condition, AuditNote? audit, bool keepEdits,
        CancellationToken cancellationToken);

    /// <summary>What a re-import of the course would merge with; null when the course does not exist.</summary>
    Task<ImportState?> GetImportStateAsync(string courseId, CancellationToken cancellationToken);

    Task<Versioned<Course>?> GetCourseVersionAsync(string courseId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the course information; sessions and slides are kept. Returns the new version.</summary>
    /// <exception cref="ConcurrencyConflictException">The condition does not hold.</exception>
    Task<string> SaveCourseInfoAsync(Course course, WriteCondition condition, AuditNote audit, CancellationToken cancellationToken);

    Task<Versioned<StoredSession>?> GetSessionAsync(string courseId, DateOnly date, CancellationToken cancellationToken);

    /// <summary>
    /// Creates or replaces one session, with the course's revision, the audit entry and the change records in one transaction.
    /// SEQUENCE rises only when what students see changes. "*" applies to the version read, retried on conflict. Returns the new version.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The condition does not hold.</exception>
    Task<string> SaveSessionAsync(string courseId, Session session, WriteCondition condition, AuditNote audit, CancellationToken cancellationToken);

    /// <summary>Deletes one session, with the course's revision, the audit entry and the change record in one transaction.</summary>
    /// <exception cref="ConcurrencyConflictException">The condition does not hold.</exception>
    Task DeleteSessionAsync(string courseId, DateOnly date, WriteCondition condition, AuditNote audit, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the course, its sessions, its slide rows, its import snapshot and pending notices; keeps its audit and change
    /// rows, and adds the removal's audit entry and change record with the course row's deletion. False when there is no course.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The condition does not hold.</exception>
    Task<bool> DeleteCourseAsync(string courseId, WriteCondition condition, AuditNote audit, CancellationToken cancellationToken);

    /// <summary>Throws when storage cannot be reached.</summary>
    Task CheckHealthAsync(CancellationToken cancellationToken);
}

/// <param name="ModifiedAt">When the course or its schedule last changed, deletions included. Only ever moves forward.</param>
public sealed record CourseSchedule(Course Course, IReadOnlyList<StoredSession> Sessions, DateTimeOffset ModifiedAt)
{
    /// <summary>The course row's version, read in the same query: the course's ETag, for If-Match.</summary>
    public string CourseVersion { get; init; } = "";

    /// <summary>Indexed and failed slide decks of the course.</summary>
    public IReadOnlyList<SlideMaterial> Materials { get; init; } = [];

    /// <summary>The newest page of the course's change log, when the read model loaded it with the schedule.</summary>
    public Changes.ChangePage RecentChanges { get; init; } = new([], null);
}

/// <summary>A session as stored: its revision lets calendar clients notice edits.</summary>
public sealed record StoredSession(Session Session, int Sequence, DateTimeOffset ModifiedAt);

public sealed record SaveSummary(int Created, int Updated, int Unchanged, int Deleted)
{
    /// <summary>The edits made since the last import that the import met: kept, or overridden by the page.</summary>
    public IReadOnlyList<StoredEdit> Edits { get; init; } = [];

    /// <summary>Equal counts and the same edits in the same order (a record compares lists by reference).</summary>
    public bool Equals(SaveSummary? other) =>
        other is not null && (Created, Updated, Unchanged, Deleted) == (other.Created, other.Updated, other.Unchanged, other.Deleted)
        && Edits.SequenceEqual(other.Edits);

    public override int GetHashCode() => HashCode.Combine(Created, Updated, Unchanged, Deleted, Edits.Count);
}
