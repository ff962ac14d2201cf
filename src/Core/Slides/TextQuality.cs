using CourseFunctions.PdfReader;

namespace CourseFunctions.Core.Slides;

/// <summary>A deck's text quality, summed as its pages are read: the pages without a text layer, and the mean page score.</summary>
public sealed class TextQuality
{
    private double _sum;
    private int _scored;

    /// <summary>Pages that are images and no text (scanned): search cannot see them.</summary>
    public int PagesWithoutText { get; private set; }

    /// <summary>The mean score of the pages that have letters, 0 to 1; null when none has.</summary>
    public double? Mean => _scored == 0 ? null : Math.Round(_sum / _scored, 3);

    public void Add(PageReading page)
    {
        if (page.ImageOnly) PagesWithoutText++;
        if (page.Quality is not { } score) return;
        _sum += score;
        _scored++;
    }
}
