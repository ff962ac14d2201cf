using CourseFunctions.Core.Reading;
using CourseFunctions.Http.Auth;
using CourseFunctions.Http.Cors;
using CourseFunctions.Core.Notifications;
using CourseFunctions.Http.Webhooks;
using CourseFunctions.Import;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http.Api;

public static class HttpServiceCollectionExtensions
{
    /// <summary>Everything both hosts share: the domain, the importer and the HTTP API over them. The links' base when
    /// Api:PublicBaseUrl is unset is the Functions host's (<see cref="WebsiteHostAddress"/>) unless the host registered its own.</summary>
    public static IServiceCollection AddCourseFunctionsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCourseImport(configuration);
        services.AddSettings<ApiOptions>(ApiOptions.SectionName);
        services.AddSingleton<IValidateOptions<ReadModelOptions>, ReadDeadlineValidation>();
        services.AddSettings<CorsOptions>(CorsOptions.SectionName);
        services.AddSingleton<CorsPolicy>();
        services.TryAddSingleton<IHostAddress, WebsiteHostAddress>();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<ApiExecution>();
        services.AddSettings<AuthOptions>(AuthOptions.SectionName);
        services.AddSingleton<GitHubTokens>();
        services.AddSingleton<CourseAuthorization>();
        services.AddSingleton<EditorsApi>();
        services.AddSingleton<ReadModelServing>();
        services.AddSingleton<CourseApi>();
        services.AddSingleton<CourseEditingApi>();
        services.AddSingleton<SessionApi>();
        services.AddSingleton<CalendarApi>();
        services.AddSingleton<ChangesApi>();
        services.AddSingleton<SlidesApi>();
        services.AddSingleton<UploadLinkApi>();
        services.AddSingleton<AuditApi>();
        services.AddSingleton<WidgetApi>();
        services.AddSingleton<WebhooksApi>();
        // Notices are made with no request to take the host from: only a configured public base gives them absolute links.
        services.AddSingleton(provider => new NoticeLinks(provider.GetRequiredService<IOptions<ApiOptions>>().Value.PublicBaseUrl));
        return services;
    }
}
