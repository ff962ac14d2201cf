using CourseFunctions.Core;

namespace CourseFunctions.DevServer;

/// <summary>
/// The local stand-in for the Functions host: the same routes, served by the same Core code on Kestrel,
/// against Azurite. Azure Functions Core Tools cannot be installed here, which is why this exists.
/// </summary>
public static class DevServerApp
{
    public const string CorsPolicy = "CourseWebsites";

    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(args);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddCourseFunctionsCore(builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [])
            .WithMethods("GET", "HEAD", "PUT", "PATCH", "DELETE", "POST")
            .WithHeaders("If-None-Match", "If-Modified-Since", "If-Match", "Content-Type", FunctionKeyFilter.KeyHeader, "X-Editor")
            .WithExposedHeaders("ETag", "Last-Modified", "Location")));
        builder.Services.Configure<DevStorageOptions>(builder.Configuration.GetSection(DevStorageOptions.SectionName));
        builder.Services.AddHostedService<DevStorageSetup>();
        builder.Services.AddHostedService<SlideReconcileLoop>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        // Unmatched routes and wrong methods get problem+json too, like every other error of the API.
        app.UseStatusCodePages();
        app.UseCors(CorsPolicy);
        // After CORS: a course site on another origin loads the widget as a module script, which browsers fetch with CORS.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapCourseApi();
        return app;
    }
}
