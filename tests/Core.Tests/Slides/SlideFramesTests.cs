using CourseFunctions.Core.Slides;
using CourseFunctions.PdfReader;

namespace CourseFunctions.Core.Tests.Slides;

public class SlideFramesTests
{
    private static int[] Frames(params PageReading[] pages)
    {
        var frames = new SlideFrames();
        return [.. pages.Select(frames.FrameOf)];
    }

    [Fact]
    public void Without_labels_a_page_that_repeats_the_previous_page_and_adds_to_it_continues_its_frame() =>
        Assert.Equal([1, 1, 3, 4], Frames(
            new PageReading(1, "Kernel regime"), new PageReading(2, "Kernel regime and more"),
            new PageReading(3, "Another slide"), new PageReading(4, "Another")));

    [Fact]
    public void With_labels_only_equal_labels_make_a_frame_whatever_the_text() =>
        Assert.Equal([1, 1, 3], Frames(
            new PageReading(1, "A", "1"), new PageReading(2, "B replaced A", "1"), new PageReading(3, "A and more", "2")));

    [Fact]
    public void Empty_pages_never_start_a_frame_by_prefix_and_frames_stop_at_the_cap()
    {
        Assert.Equal([1, 2], Frames(new PageReading(1, ""), new PageReading(2, "text")));
        var same = Enumerable.Range(1, SlideFrames.MaxPagesPerFrame + 1).Select(n => new PageReading(n, "x", "all")).ToArray();
        Assert.Equal(SlideFrames.MaxPagesPerFrame + 1, Frames(same)[^1]);
    }
}
