using CourseFunctions.Core.Calendar;
using CourseFunctions.Core.Editors;
using CourseFunctions.Core.Notifications;
using CourseFunctions.Core.Changes;
using CourseFunctions.Core.Reading;
using CourseFunctions.Core.Slides;
using CourseFunctions.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CourseFunctions.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The domain's services: storage clients, the course store, the read model, the calendar and the slides.</summary>
    public static IServiceCollection AddCourseFunctionsCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCourseStorage(configuration);
        services.AddSettings<CalendarOptions>(CalendarOptions.SectionName);
        services.AddSingleton<CourseCalendarWriter>();
        services.AddSettings<ReadModelOptions>(ReadModelOptions.SectionName);
        services.AddSingleton<CourseReadModel>();
        services.AddSettings<SlidesOptions>(SlidesOptions.SectionName);
        services.AddSingleton<TableMaterialStore>();
        services.AddSingleton<IMaterialStore>(provider => provider.GetRequiredService<TableMaterialStore>());
        services.AddSingleton<PdfReaderProcess>();
        services.AddSingleton<SlideIndexer>();
        services.AddSingleton<SlideReconciler>();
        services.AddSingleton<SlideSearchService>();
        services.AddSingleton<BlobLinks>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<EditorStore>();
        services.AddSingleton<CourseRemoval>();
        services.AddCourseNotifications(configuration);
        services.AddSingleton<ICourseChangeLog, TableCourseChangeLog>();
        return services;
    }
}
