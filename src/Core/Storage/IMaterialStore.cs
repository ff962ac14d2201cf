using CourseFunctions.Core.Courses;
namespace CourseFunctions.Core.Storage;

/// <summary>Slide decks and their page text. The production implementation is <see cref="TableMaterialStore"/>.</summary>
public interface IMaterialStore
{
    Task<SlideMaterial?> GetAsync(string courseId, string materialId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SlideMaterial>> ListAsync(string courseId, CancellationToken cancellationToken);

    /// <summary>Every material of every course, failures of unassigned names included: what reconciling compares with the container.</summary>
    Task<IReadOnlyList<SlideMaterial>> ListAllAsync(CancellationToken cancellationToken);

    /// <summary>Starts writing a deck's pages; <see cref="PageWriter.CompleteAsync"/> then removes pages left from an older, longer version.</summary>
    PageWriter WritePages(string courseId, string materialId);

    /// <summary>
    /// Records the material and moves its course's revision forward, so feeds and search pick it up. A deck that becomes
    /// public by this write, and was never announced, gets its slidesPublished change and outbox marker in the same write.
    /// </summary>
    Task SaveAsync(SlideMaterial material, CancellationToken cancellationToken);

    /// <summary>Announces the held-back decks whose publishAt has passed (each once): their changes, in their rows' writes.</summary>
    /// <returns>The number of decks announced.</returns>
    Task<int> RecordDuePublicationsAsync(CancellationToken cancellationToken);

    /// <summary>Removes the material, its pages, and moves its course's revision forward.</summary>
    Task DeleteAsync(SlideMaterial material, CancellationToken cancellationToken);

    IAsyncEnumerable<SlidePage> ReadPagesAsync(string courseId, CancellationToken cancellationToken);

    /// <summary>Removes every page of the course's decks from search (the course is removed; its material rows go with its partition).</summary>
    Task DeleteCoursePagesAsync(string courseId, CancellationToken cancellationToken);
}

/// <param name="Frame">The first page of the frame this page belongs to (Beamer's overlays of one frame); 0 for a frame of its own.</param>
/// <param name="Quality">The share of the page's letters read as text, null without letters.</param>
public sealed record SlidePage(string MaterialId, int Number, string Text, int Frame = 0, double? Quality = null)
{
    public int FirstPageOfFrame => Frame == 0 ? Number : Frame;
}

public abstract class PageWriter
{
    /// <summary>Stores a page; its MaterialId is the writer's.</summary>
    public abstract Task AddAsync(SlidePage page, CancellationToken cancellationToken);

    public abstract Task CompleteAsync(int pageCount, CancellationToken cancellationToken);
}
