using CourseFunctions.Core.Http;
using CourseFunctions.Core.Import;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CourseFunctions.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Everything both hosts share: storage clients, the course store, the importer and the HTTP API.</summary>
    public static IServiceCollection AddCourseFunctionsCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCourseStorage(configuration);
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.SectionName));
        services.Configure<ImporterSettings>(configuration.GetSection(ImporterSettings.SectionName));
        services.AddSingleton<CourseApi>();
        services.AddSingleton<CourseImportService>();
        return services;
    }
}
