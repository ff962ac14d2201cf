using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CourseFunctions.Tests.Shared;

/// <summary>PDFs made by PdfPig for tests, and broken ones made from them.</summary>
internal static class TestPdfs
{
    /// <summary>A deck whose page n (from 1) has a heading in large type and the given body text.</summary>
    public static byte[] Deck(string? metadataTitle, params string[] pageBodies) =>
        Deck(metadataTitle, pageBodies.Select((body, index) => ($"Slide {index + 1}", body)).ToArray());

    public static byte[] Deck(string? metadataTitle, (string Heading, string Body)[] pages)
    {
        var builder = new PdfDocumentBuilder();
        if (metadataTitle is not null) builder.DocumentInformation.Title = metadataTitle;
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        foreach (var (heading, body) in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(heading, 28, new PdfPoint(50, 760), bold);
            page.AddText(body, 12, new PdfPoint(50, 700), regular);
        }
        return builder.Build();
    }

    public static byte[] Truncated(byte[] pdf) => pdf[..(pdf.Length / 2)];

    /// <summary>A PDF that declares encryption with a password nobody gave.</summary>
    public static byte[] Encrypted(byte[] pdf) => Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(pdf).Replace(
        "trailer\n<<",
        "trailer\n<< /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /O (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) /U (yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy) /P -4 >>"));
}
