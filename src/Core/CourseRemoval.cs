using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CourseFunctions.Core.Editors;
using CourseFunctions.Core.Notifications;
using CourseFunctions.Core.Reading;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Core;

/// <summary>
/// Removes a whole course (DELETE /api/courses/{courseId}, the operator's): its slide files first, so that the indexer
/// cannot bring their rows back, then their search pages, its editors and webhooks, then its partition but the audit and
/// change rows (<see cref="ICourseStore.DeleteCourseAsync"/>), the course row last with the removal's audit entry. Each step
/// may be repeated: if one fails, the course is still there and DELETE again finishes the removal.
/// It uses every part of Core, so it sits above them, in Core's root namespace beside their registration: in Courses,
/// which the others use, it made them all one namespace cycle (NamespaceCycleTests).
/// </summary>
public sealed class CourseRemoval(ICourseStore store, IMaterialStore materials, EditorStore editors, WebhookStore webhooks,
    BlobServiceClient blobs, IOptions<SlidesOptions> slides, CourseReadModel readModel)
{
    /// <returns>False when there is no such course.</returns>
    /// <exception cref="ConcurrencyConflictException">The condition does not hold.</exception>
    public async Task<bool> RemoveAsync(string courseId, WriteCondition condition, AuditNote audit, CancellationToken cancellationToken)
    {
        if (await store.GetCourseVersionAsync(courseId, cancellationToken) is not { } course) return false;
        if (condition.IfMatch is { } version && version != "*" && version != course.Version)
            throw new ConcurrencyConflictException("The course changed since it was read.");

        var container = blobs.GetBlobContainerClient(slides.Value.ContainerName);
        if (await container.ExistsAsync(cancellationToken))
            await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, courseId + "/", cancellationToken))
                await container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken);
        await materials.DeleteCoursePagesAsync(courseId, cancellationToken);
        await editors.DeleteAllAsync(courseId, cancellationToken);
        foreach (var webhook in await webhooks.ListAsync(courseId, cancellationToken))
            await webhooks.DeleteAsync(courseId, webhook.Id, cancellationToken);
        var removed = await store.DeleteCourseAsync(courseId, condition, audit, cancellationToken);
        readModel.Forget(courseId);
        return removed;
    }
}
