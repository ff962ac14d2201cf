namespace CourseFunctions.Http.Auth;

/// <summary>What a route needs of its caller.</summary>
public enum Access
{
    /// <summary>An editor of the route's course, or the operator: edits, import, upload links, the audit log.</summary>
    CourseEditor,

    /// <summary>The operator only: managing editors, creating and removing courses.</summary>
    Operator,
}
