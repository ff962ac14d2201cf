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

    /// <summary>A deck whose pages each carry an incompressible image of about <paramref name="imageBytes"/>, like scanned slides.</summary>
    public static byte[] ScannedDeck(string[] pageBodies, int imageBytes)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var random = new Random(42);
        var side = (int)Math.Sqrt(imageBytes / 3.0);
        foreach (var body in pageBodies)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(body, 12, new PdfPoint(50, 800), font);
            page.AddPng(NoisePng(random, side), new PdfRectangle(50, 100, 550, 600));
        }
        return builder.Build();
    }

    /// <summary>An RGB PNG of random pixels: it cannot be compressed, so the PDF is as large as asked.</summary>
    private static byte[] NoisePng(Random random, int side)
    {
        var raw = new byte[side * (side * 3 + 1)];
        random.NextBytes(raw);
        for (var row = 0; row < side; row++) raw[row * (side * 3 + 1)] = 0; // filter type "none"
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, side);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), side);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
                zlib.Write(raw);
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(number, System.IO.Hashing.Crc32.HashToUInt32([.. typeBytes, .. data]));
        png.Write(number);
    }

    public static byte[] Truncated(byte[] pdf) => pdf[..(pdf.Length / 2)];

    // Hostile PDFs, written object by object (PdfPig's builder only writes well-formed files).
    private const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static string Stream(string content) => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";

    private static string TextPage(string resources = "") =>
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> {resources} >> >>";

    /// <summary>A PDF of the given objects (numbered from 1; 1 is the catalog), with a correct cross-reference table.</summary>
    private static byte[] Raw(params string[] objects)
    {
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        foreach (var (body, index) in objects.Select((body, index) => (body, index)))
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append($"{index + 1} 0 obj\n{body}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>A page tree that claims <paramref name="pages"/> pages, every one the same page object: 1.2 MB for 200,000.</summary>
    public static byte[] PageBomb(int pages) => Raw(
        "<< /Type /Catalog /Pages 2 0 R >>",
        $"<< /Type /Pages /Kids [{string.Concat(Enumerable.Repeat("3 0 R ", pages))}] /Count {pages} >>",
        TextPage(), Stream("BT /F1 24 Tf 50 700 Td (Bomb) Tj ET"), Helvetica);

    /// <summary>
    /// A colour space whose tint transform is a PostScript (Type 4) function nested <paramref name="depth"/> deep:
    /// PdfPig 0.1.16 evaluates it recursively and overflows its stack, which ends the process (PdfPig issue 1421).
    /// </summary>
    public static byte[] StackOverflowing(int depth = 100_000)
    {
        var program = $"{{ {string.Concat(Enumerable.Repeat("{ ", depth))}{string.Concat(Enumerable.Repeat("} ", depth))} dup dup }}";
        return Raw(
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            TextPage("/ColorSpace << /CS0 [/Separation /Spot /DeviceRGB 6 0 R] >>"),
            Stream("/CS0 cs 1 scn BT /F1 24 Tf 50 700 Td (Crash) Tj ET 0 0 100 100 re f"), Helvetica,
            $"<< /FunctionType 4 /Domain [0 1] /Range [0 1 0 1 0 1] /Length {program.Length} >>\nstream\n{program}\nendstream");
    }

    /// <summary>Arrays and dictionaries nested <paramref name="depth"/> deep in the page dictionary itself.</summary>
    public static byte[] DeeplyNested(int depth = 100_000) => Raw(
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        TextPage("/X " + new string('[', depth) + new string(']', depth)
            + " /Y " + string.Concat(Enumerable.Repeat("<< /A ", depth / 10)) + string.Concat(Enumerable.Repeat(">> ", depth / 10))),
        Stream("BT /F1 24 Tf 50 700 Td (Nested) Tj ET"), Helvetica);

    /// <summary>A PDF that declares encryption with a password nobody gave.</summary>
    public static byte[] Encrypted(byte[] pdf) => Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(pdf).Replace(
        "trailer\n<<",
        "trailer\n<< /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 "
        + "/O (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) /U (yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy) /P -4 >>"));
}
