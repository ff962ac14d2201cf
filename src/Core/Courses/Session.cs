namespace CourseFunctions.Core.Courses;

/// <summary>One meeting of a course on one date. A course has at most one session per date.</summary>
public sealed record Session
{
    public required DateOnly Date { get; init; }
    public TimeOnly? Start { get; init; }
    public TimeOnly? End { get; init; }
    public SessionStatus Status { get; init; } = SessionStatus.Scheduled;
    public SessionKind Kind { get; init; } = SessionKind.Lecture;
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<MaterialLink> Materials { get; init; } = [];
    public string? Location { get; init; }

    /// <summary>Free text shown next to the session, e.g. the "No class" a cancelled row carried.</summary>
    public string? Note { get; init; }
}

public enum SessionStatus { Scheduled, Cancelled }

public enum SessionKind { Lecture, Exam, Lab, Other }

/// <summary>A material the page links to (slides hosted elsewhere, a reading).</summary>
public sealed record MaterialLink(string Title, string Url);
