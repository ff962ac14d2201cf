using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Http;
using CourseFunctions.Core.Http.Cors;
using CourseFunctions.Core.Http.Editing;
using CourseFunctions.Core.Import;
using CourseFunctions.Core.Reading;
using CourseFunctions.Core.Slides;
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
        services.Configure<CorsOptions>(configuration.GetSection(CorsOptions.SectionName));
        services.AddSingleton<CorsPolicy>();
        services.Configure<ImporterSettings>(configuration.GetSection(ImporterSettings.SectionName));
        services.Configure<CalendarOptions>(configuration.GetSection(CalendarOptions.SectionName));
        services.AddSingleton<CourseCalendarWriter>();
        services.Configure<ReadModelOptions>(configuration.GetSection(ReadModelOptions.SectionName));
        services.AddSingleton<CourseReadModel>();
        services.AddSingleton<ApiExecution>();
        services.Configure<SlideOptions>(configuration.GetSection(SlideOptions.SectionName));
        services.AddSingleton<TableMaterialStore>();
        services.AddSingleton<IMaterialStore>(provider => provider.GetRequiredService<TableMaterialStore>());
        services.AddSingleton<PdfReaderProcess>();
        services.AddSingleton<SlideIndexer>();
        services.AddSingleton<SlideReconciler>();
        services.AddSingleton<SlideSearchService>();
        services.AddSingleton<SlidesApi>();
        services.AddSingleton<BlobLinks>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<EditingApi>();
        services.AddSingleton<CourseApi>();
        services.AddSingleton<CalendarApi>();
        services.AddSingleton<WidgetApi>();
        services.AddSingleton<CourseImportService>();
        return services;
    }
}
