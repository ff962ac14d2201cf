using System.Text.Json;

namespace CourseFunctions.PdfReader;

/// <summary>
/// One line of the reader process's output, as JSON: a page, the summary at the end, or the reason it could not
/// read. The host (Core's PdfReaderProcess) reads these lines; this type is the contract between the two.
/// </summary>
public sealed record ReaderMessage(int? Page = null, string? Text = null, int? PageCount = null, string? Title = null, string? Error = null,
    string? Label = null, double? Quality = null, bool? ImageOnly = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
