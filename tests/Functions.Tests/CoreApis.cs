using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Changes;
using CourseFunctions.Http.Api;
using Moq;
using CourseFunctions.Http;
using CourseFunctions.Core.Reading;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Functions.Tests;

/// <summary>Core's read API over a faked store, as the Functions host's DI would build it.</summary>
internal static class CoreApis
{
    /// <summary>The platform's name for the app, which the Functions host's links fall back on (never the request's Host).</summary>
    public const string WebsiteHostname = "func-demo.azurewebsites.net";

    public static ApiExecution Execution(ApiOptions? options = null)
    {
        var apiOptions = Options.Create(options ?? new ApiOptions());
        var platform = new ConfigurationBuilder().AddInMemoryCollection([new("WEBSITE_HOSTNAME", WebsiteHostname)]).Build();
        return new(apiOptions, new PublicUrls(apiOptions, new WebsiteHostAddress(platform)), NullLogger<ApiExecution>.Instance);
    }

    public static CourseApi Courses(ICourseStore store, ApiOptions? options = null) =>
        new(store, Serving(store, options), Execution(options), NullLogger<CourseApi>.Instance);

    /// <summary>The read model's serving step over the store, shared by the course, calendar and slides APIs.</summary>
    public static ReadModelServing Serving(ICourseStore store, ApiOptions? options = null)
    {
        var readModel = new CourseReadModel(store, EmptyChangeLog(), new CourseCalendarWriter(Options.Create(new CalendarOptions())), new CourseChanges(),
            Options.Create(new ReadModelOptions()), TimeProvider.System, NullLogger<CourseReadModel>.Instance);
        return new ReadModelServing(readModel, Options.Create(options ?? new ApiOptions()), Options.Create(new ReadModelOptions()));
    }

    /// <summary>A change log with no change: these tests are about the read API over the store.</summary>
    private static ICourseChangeLog EmptyChangeLog()
    {
        var log = new Mock<ICourseChangeLog>();
        log.Setup(l => l.ReadPageAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChangePage([], null));
        return log.Object;
    }
}
