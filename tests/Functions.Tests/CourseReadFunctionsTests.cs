using System.Text.Json;
using Azure;
using CourseFunctions.Core.Courses;
using CourseFunctions.Http.Api;
using CourseFunctions.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CourseFunctions.Functions.Tests;

/// <summary>The function classes called as plain methods, with the store faked: binding and mapping only.</summary>
public class CourseReadFunctionsTests
{
    private static readonly Course Course = new()
    {
        Id = "iasd2025",
        Title = "Mathematics of deep learning",
        TimeZone = "Europe/Paris",
        ClassTimes = [new ClassTime(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(12, 15))],
    };

    private readonly Mock<ICourseStore> _store = new(MockBehavior.Strict);

    private CourseReadFunctions Functions() => new(CoreApis.Courses(_store.Object));

    [Fact]
    public async Task GetSchedule_maps_sessions_with_local_offsets()
    {
        var session = new Session { Date = new DateOnly(2025, 1, 10), Start = new TimeOnly(9, 0), End = new TimeOnly(12, 15), Topics = ["Introduction"] };
        _store.Setup(s => s.GetScheduleVersionAsync("iasd2025", It.IsAny<CancellationToken>())).ReturnsAsync(DateTimeOffset.UnixEpoch);
        _store.Setup(s => s.GetScheduleAsync("iasd2025", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CourseSchedule(Course, [new StoredSession(session, 0, DateTimeOffset.UnixEpoch)], DateTimeOffset.UnixEpoch));
        var request = FunctionResults.NewRequest();

        var (status, _, body) = await FunctionResults.ExecuteAsync(await Functions().GetSchedule(request, "iasd2025"), request);

        Assert.Equal(200, status);
        Assert.Equal("iasd2025", body.GetProperty("courseId").GetString());
        var first = body.GetProperty("sessions")[0];
        Assert.Equal("2025-01-10T09:00:00+01:00", first.GetProperty("start").GetString());
        Assert.Equal("scheduled", first.GetProperty("status").GetString());
        // The request came to app.example.net; links name the app's own hostname, as the platform gives it.
        Assert.Equal($"https://{CoreApis.WebsiteHostname}/api/courses/iasd2025/schedule", body.GetProperty("links").GetProperty("schedule").GetString());
    }

    [Fact]
    public async Task GetCourse_of_an_unknown_course_is_a_404_problem()
    {
        _store.Setup(s => s.GetScheduleAsync("nope", It.IsAny<CancellationToken>())).ReturnsAsync((CourseSchedule?)null);
        var request = FunctionResults.NewRequest();
        var (status, contentType, body) = await FunctionResults.ExecuteAsync(await Functions().GetCourse(request, "nope"), request);
        Assert.Equal(404, status);
        Assert.StartsWith("application/problem+json", contentType);
        Assert.Equal("Course not found", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetCourse_with_a_hostile_id_is_a_400_and_never_reaches_storage()
    {
        var request = FunctionResults.NewRequest();
        var (status, contentType, _) = await FunctionResults.ExecuteAsync(await Functions().GetCourse(request, "../x"), request);
        Assert.Equal(400, status);
        Assert.StartsWith("application/problem+json", contentType);
        _store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_storage_failure_is_a_503_problem_that_does_not_leak_the_storage_error()
    {
        _store.Setup(s => s.GetCatalogRevisionAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(403, "AuthorizationFailure: secret-account-name"));
        var request = FunctionResults.NewRequest();
        var (status, _, body) = await FunctionResults.ExecuteAsync(await Functions().ListCourses(request), request);
        Assert.Equal(503, status);
        Assert.DoesNotContain("secret-account-name", body.GetRawText());
    }

    [Fact]
    public async Task GetHealth_reports_storage_down_as_503()
    {
        _store.Setup(s => s.CheckHealthAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new RequestFailedException("connection refused"));
        var request = FunctionResults.NewRequest();
        var (status, _, _) = await FunctionResults.ExecuteAsync(await Functions().GetHealth(request), request);
        Assert.Equal(503, status);
    }

    [Fact]
    public async Task GetHealth_is_200_when_storage_answers()
    {
        _store.Setup(s => s.CheckHealthAsync(It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var request = FunctionResults.NewRequest();
        var (status, _, body) = await FunctionResults.ExecuteAsync(await Functions().GetHealth(request), request);
        Assert.Equal(200, status);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
    }
}
