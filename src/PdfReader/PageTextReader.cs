using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CourseFunctions.PdfReader;

/// <summary>
/// A page's text as its author wrote it, from PdfPig's letters in the order they are drawn (the reading order of
/// TeX and of most slide software): letters outside the page left out (Beamer hides a frame's later overlays by
/// drawing them 2,000 pt off the page), codes decoded by the font's glyph names or TeX encoding, presentation-form
/// ligatures spelt out, a spacing accent drawn over a letter combined with it (NFC), and words cut where the gap
/// between letters is wider than a kern.
/// </summary>
internal static class PageTextReader
{
    /// <summary>TeX's kerns stay under 0.1 em and its interword space is about 0.33 em.</summary>
    private const double WordGapEm = 0.15;

    /// <summary>Spacing accents as fonts draw them, and the combining mark each stands for.</summary>
    private static readonly Dictionary<string, char> SpacingAccents = new(StringComparer.Ordinal)
    {
        ["´"] = '\u0301', ["`"] = '\u0300', ["ˆ"] = '\u0302', ["^"] = '\u0302', ["¨"] = '\u0308', ["˜"] = '\u0303', ["~"] = '\u0303',
        ["¸"] = '\u0327', ["ˇ"] = '\u030C', ["˘"] = '\u0306', ["¯"] = '\u0304', ["˙"] = '\u0307', ["˚"] = '\u030A', ["˝"] = '\u030B',
        ["˛"] = '\u0328',
    };

    /// <param name="Left">Left of the drawn shape, for accents.</param>
    /// <param name="Start">Pen position before the glyph, for gaps between letters.</param>
    private sealed record Glyph(string Text, double Left, double Right, double Start, double End, double Baseline, double Size, bool Accent);

    public static PageText Read(PdfDocument document, Page page)
    {
        var fonts = new FontDecodings(document, page);
        var glyphs = new List<Glyph>();
        int drawn = 0, unreadable = 0;
        foreach (var letter in page.Letters)
        {
            var box = letter.BoundingBox;
            var centreX = (box.Left + box.Right) / 2;
            var baseline = letter.StartBaseLine.Y;
            if (centreX < 0 || centreX > page.Width || baseline < 0 || baseline > page.Height) continue;
            var text = fonts.Decode(letter);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (text.Length > 0) glyphs.Add(new Glyph(" ", box.Left, box.Right, box.Left, box.Right, baseline, Size(letter), false));
                continue;
            }
            drawn++;
            if (text.Any(FontDecodings.IsUnmapped)) unreadable++;
            glyphs.Add(new Glyph(text, box.Left, box.Right, letter.StartBaseLine.X, letter.EndBaseLine.X, baseline, Size(letter),
                SpacingAccents.ContainsKey(text)));
        }
        var combined = CombineAccents(glyphs);
        var words = Words(combined);
        var clean = words.Select(word => new string(word.Where(c => !FontDecodings.IsUnmapped(c)).ToArray())).Where(word => word.Length > 0);
        var pageText = string.Join(' ', clean);
        var quality = drawn == 0 ? (double?)null : Math.Round(1 - (double)(unreadable + combined.Count(g => g.Accent)) / drawn, 3);
        return new PageText(pageText, quality, drawn == 0 && page.NumberOfImages > 0);
    }

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);

    /// <summary>
    /// An accent whose middle lies over the next letter (TeX's \accent draws the accent first) or, for a cedilla or
    /// ogonek, the previous one, becomes that letter's combining mark; a dotless i or j under it becomes i or j.
    /// </summary>
    private static List<Glyph> CombineAccents(List<Glyph> glyphs)
    {
        var result = new List<Glyph>(glyphs.Count);
        for (var i = 0; i < glyphs.Count; i++)
        {
            var glyph = glyphs[i];
            if (!glyph.Accent) { result.Add(glyph); continue; }
            var middle = (glyph.Left + glyph.Right) / 2;
            if (i + 1 < glyphs.Count && IsBase(glyphs[i + 1], middle))
            {
                result.Add(WithMark(glyphs[i + 1], SpacingAccents[glyph.Text]));
                i++;
            }
            else if (result.Count > 0 && IsBase(result[^1], middle) && glyph.Text is "¸" or "˛")
                result[^1] = WithMark(result[^1], SpacingAccents[glyph.Text]);
            else
                result.Add(glyph);
        }
        return result;
    }

    private static bool IsBase(Glyph candidate, double middle)
    {
        if (candidate.Accent || candidate.Text.Length != 1 || !char.IsLetter(candidate.Text[0])) return false;
        var slack = (candidate.Right - candidate.Left) * 0.15;
        return middle >= candidate.Left - slack && middle <= candidate.Right + slack;
    }

    private static Glyph WithMark(Glyph letter, char mark)
    {
        var letterText = letter.Text switch { "ı" => "i", "ȷ" => "j", _ => letter.Text };
        return letter with { Text = (letterText + mark).Normalize(NormalizationForm.FormC) };
    }

    /// <summary>Letters joined into words: a space glyph, a gap wider than a kern, a new baseline or a jump back cuts a word.</summary>
    private static List<string> Words(List<Glyph> glyphs)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        Glyph? previous = null;
        foreach (var glyph in glyphs)
        {
            if (glyph.Text == " ")
            {
                Flush();
                previous = null;
                continue;
            }
            if (previous is not null && StartsNewWord(previous, glyph)) Flush();
            word.Append(glyph.Text);
            previous = glyph;
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
    }

    private static bool StartsNewWord(Glyph previous, Glyph next)
    {
        var size = Math.Max(previous.Size, next.Size);
        if (Math.Abs(next.Baseline - previous.Baseline) > 0.4 * size) return true;
        if (next.Start < previous.Start - size) return true;
        return next.Start - previous.End > WordGapEm * size;
    }
}

/// <param name="Text">The visible words, separated by single spaces.</param>
/// <param name="Quality">The share of the page's drawn letters read as text (0 to 1), null for a page without letters.</param>
/// <param name="ImageOnly">No letters but at least one image: a scanned page that search cannot see.</param>
public sealed record PageText(string Text, double? Quality, bool ImageOnly);
