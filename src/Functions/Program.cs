var b = Microsoft.Azure.Functions.Worker.Builder.FunctionsApplication.CreateBuilder(args);
b.ConfigureFunctionsWebApplication();
b.Build().Run();
