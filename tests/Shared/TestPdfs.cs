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

    /// <summary>A PDF that declares encryption with a password nobody gave.</summary>
    public static byte[] Encrypted(byte[] pdf) => Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(pdf).Replace(
        "trailer\n<<",
        "trailer\n<< /Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /O (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) /U (yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy) /P -4 >>"));
}
