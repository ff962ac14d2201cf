using CourseFunctions.Http.Api;
using CourseFunctions.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// ASP.NET Core integration: functions take HttpRequest and return IActionResult.
// ConfigureFunctionsWorkerDefaults must not be called as well (analyzer AZFW0014).
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<CorsMiddleware>();
builder.AddApplicationInsightsWhenConfigured();
builder.Services.AddCourseFunctionsApi(builder.Configuration);
await builder.Build().RunAsync();
