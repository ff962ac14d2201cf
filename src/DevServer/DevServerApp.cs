using CourseFunctions.Http;
using CourseFunctions.Http.Api;
using CourseFunctions.Http.Auth;
using CourseFunctions.Http.Cors;

namespace CourseFunctions.DevServer;

/// <summary>
/// The local stand-in for the Functions host: the same routes, served by the same Core code on Kestrel,
/// against Azurite. Azure Functions Core Tools cannot be installed here, which is why this exists.
/// </summary>
public static class DevServerApp
{
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
        // Links in responses name the DevServer's own listening address unless Api:PublicBaseUrl says otherwise.
        builder.Services.AddSingleton<IHostAddress, KestrelAddress>();
        builder.Services.AddCourseFunctionsApi(builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddSettings<DevServerOptions>(DevServerOptions.SectionName);
        // The DevServer's plain edit key is the operator key: the API compares hashes, as in Azure.
        builder.Services.PostConfigure<AuthOptions>(auth =>
        {
            var editKey = builder.Configuration[$"{DevServerOptions.SectionName}:{nameof(DevServerOptions.EditKey)}"];
            if (string.IsNullOrEmpty(auth.OperatorKeySha256) && !string.IsNullOrEmpty(editKey)) auth.OperatorKeySha256 = CourseAuthorization.HashOfKey(editKey);
        });
        // scripts/dev.sh runs in Development: a site previewed on any local port may call the API (Azure keeps the list).
        if (builder.Environment.IsDevelopment()) builder.Services.PostConfigure<CorsOptions>(cors => cors.AllowLoopbackOnAnyPort());
        builder.Services.AddHostedService<DevStorageSetup>();
        builder.Services.AddHostedService<SlideReconcileLoop>();
        builder.Services.AddHostedService<NoticeDispatchLoop>();
        builder.Services.AddHostedService<DeliveryLoop>();
        // Background work never stops the server: it logs and retries on its next tick.
        builder.Services.Configure<HostOptions>(host => host.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
        configure?.Invoke(builder);

        var app = builder.Build();
        // The same CORS code as the Functions app (CorsMiddleware there); preflights are the OPTIONS route.
        var cors = app.Services.GetRequiredService<CorsPolicy>();
        app.Use((context, next) =>
        {
            cors.AllowResponse(context);
            return next(context);
        });
        app.UseExceptionHandler();
        // Unmatched routes and wrong methods get problem+json too, like every other error of the API.
        app.UseStatusCodePages();
        // After CORS: a course site on another origin loads the widget as a module script, which browsers fetch with CORS.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapCourseApi();
        return app;
    }
}
