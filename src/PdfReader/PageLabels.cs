using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace CourseFunctions.PdfReader;

/// <summary>
/// The document's page labels (/PageLabels, PDF 32000 §12.4.2): Beamer labels every overlay page of a frame with the
/// frame's number, so pages of one frame share a label. Only the label ranges' prefix and decimal numbering are read;
/// a label in letters or Roman numerals is still distinct per page, which is all the indexer asks of it.
/// </summary>
internal sealed class PageLabels
{
    private const int MaxRanges = 10_000;
    private const int MaxDepth = 8;

    private readonly List<(int Start, string Prefix, string? Style, int First)> _ranges = [];

    public PageLabels(PdfDocument document)
    {
        try
        {
            if (PdfTokens.Resolve(document, document.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault("PageLabels")) is DictionaryToken tree)
                Collect(document, tree, 0);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Damaged labels cost the frames their labels (pages are then grouped by their text), not the deck.
            _ranges.Clear();
        }
        _ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The label of page <paramref name="number"/> (from 1), or null when the document gives none.</summary>
    public string? Of(int number)
    {
        var index = number - 1;
        var range = _ranges.LastOrDefault(r => r.Start <= index);
        if (range == default) return null;
        var value = range.First + index - range.Start;
        return range.Style switch
        {
            null => range.Prefix,
            "D" => range.Prefix + value.ToString(CultureInfo.InvariantCulture),
            _ => $"{range.Prefix}{range.Style}{value.ToString(CultureInfo.InvariantCulture)}",
        };
    }

    private void Collect(PdfDocument document, DictionaryToken node, int depth)
    {
        if (depth > MaxDepth) return;
        if (PdfTokens.Resolve(document, node.Data.GetValueOrDefault("Nums")) is ArrayToken nums)
            for (var i = 0; i + 1 < nums.Data.Count && _ranges.Count < MaxRanges; i += 2)
                if (nums.Data[i] is NumericToken start && PdfTokens.Resolve(document, nums.Data[i + 1]) is DictionaryToken label)
                    _ranges.Add((start.Int, PdfTokens.Text(PdfTokens.Resolve(document, label.Data.GetValueOrDefault("P"))) ?? "",
                        (label.Data.GetValueOrDefault("S") as NameToken)?.Data,
                        label.Data.GetValueOrDefault("St") is NumericToken first ? first.Int : 1));
        if (PdfTokens.Resolve(document, node.Data.GetValueOrDefault("Kids")) is ArrayToken kids)
            foreach (var kid in kids.Data)
                if (PdfTokens.Resolve(document, kid) is DictionaryToken child) Collect(document, child, depth + 1);
    }
}
