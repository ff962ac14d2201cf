namespace CourseFunctions.Core.Changes;

/// <summary>
/// What students see change about a session. The JSON names are the camel-case member names
/// ("timeChanged"); see docs/changes.md.
/// </summary>
public enum ChangeKind
{
    Cancelled,
    Restored,
    Added,
    Moved,
    Removed,
    TimeChanged,
    RoomChanged,
    TopicsFilled,
    SlidesPublished,

    /// <summary>Any other text students see of the session: topics rewritten, its kind, its note, its links.</summary>
    DetailsChanged,

    /// <summary>The whole course was removed by the operator; its date is the day of the removal (UTC).</summary>
    CourseRemoved,
}
