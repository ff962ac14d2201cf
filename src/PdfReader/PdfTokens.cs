using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace CourseFunctions.PdfReader;

/// <summary>Reads PDF objects PdfPig does not interpret for us (font dictionaries, page labels).</summary>
internal static class PdfTokens
{
    /// <summary>The object an indirect reference points to; a direct object as it is.</summary>
    public static IToken? Resolve(PdfDocument document, IToken? token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data)?.Data : token;

    public static string? Text(IToken? token) => token switch
    {
        StringToken text => text.Data,
        HexToken hex => hex.Data,
        _ => null,
    };
}
