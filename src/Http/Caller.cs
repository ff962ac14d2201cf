using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace CourseFunctions.Http;

/// <summary>Who a request was authorised as: the operator, or one course editor by the id and name the operator gave.</summary>
public sealed record Caller(string Name, string? EditorId)
{
    /// <summary>An optional note on an edit ("fixing the room"), recorded beside the caller; never an identity.</summary>
    public const string NoteHeader = "X-Editor";

    private const int MaxNoteLength = 100;

    public static readonly Caller Operator = new("operator", null);

    public bool IsOperator => EditorId is null;

    /// <summary>The audit log's actor: this caller, and the note the request carried.</summary>
    public AuditActor ToAuditActor(HttpRequest request)
    {
        var note = request.Headers[NoteHeader].ToString().Trim();
        if (note.Length > MaxNoteLength) note = note[..MaxNoteLength];
        return new AuditActor(Name, EditorId, note.Length == 0 ? null : note);
    }
}
