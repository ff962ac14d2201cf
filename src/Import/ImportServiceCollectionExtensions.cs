using CourseFunctions.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CourseFunctions.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>The domain's services and the importer that stores pages through them.</summary>
    public static IServiceCollection AddCourseImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCourseFunctionsCore(configuration);
        services.AddSettings<ImportOptions>(ImportOptions.SectionName);
        services.AddSingleton<CourseImportService>();
        return services;
    }
}
