using CourseFunctions.PdfReader;

namespace CourseFunctions.Core.Slides;

/// <summary>
/// Groups a deck's pages into frames as they are read: every <c>\pause</c> in Beamer makes a page, and the pages
/// of one frame show the same words again and again. Pages with the same page label as the page before belong to
/// its frame (Beamer labels every overlay page with the frame's number); a deck without labels groups a page whose
/// text starts with the whole text of the page before (an animation exported step by step). A frame stops at
/// <see cref="MaxPagesPerFrame"/> pages, so a deck that labels every page alike is not read as one frame.
/// </summary>
public sealed class SlideFrames
{
    public const int MaxPagesPerFrame = 30;

    private PageReading? _previous;
    private int _frameStart;

    /// <summary>The first page of the frame <paramref name="page"/> belongs to; pages come in order.</summary>
    public int FrameOf(PageReading page)
    {
        var continues = _previous is { } previous && previous.Number == page.Number - 1
            && page.Number - _frameStart < MaxPagesPerFrame && Continues(previous, page);
        if (!continues) _frameStart = page.Number;
        _previous = page;
        return _frameStart;
    }

    private static bool Continues(PageReading previous, PageReading page)
    {
        if (page.Label is not null || previous.Label is not null)
            return page.Label is { Length: > 0 } label && label == previous.Label;
        return previous.Text.Length > 0 && page.Text.Length > previous.Text.Length
            && page.Text.StartsWith(previous.Text, StringComparison.Ordinal);
    }
}
