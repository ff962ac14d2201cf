using System.Reflection;
using CourseFunctions.Core.Representation;
using CourseFunctions.Http.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CourseFunctions.Functions.Tests;

/// <summary>
/// The Azure half of host parity: every write function, called as the host calls an anonymous function, refuses a
/// caller without a credential or with a wrong key itself (401), as the DevServer does (HostParityTests), because
/// both run the same API code; no host-level key check stands in front.
/// </summary>
public class FunctionAuthorizationTests
{
    private static readonly string[] WriteMethods = ["put", "patch", "post", "delete"];

    /// <summary>The routes whose reads need a credential too: the audit log, the editors and the webhooks.</summary>
    private static readonly string[] PrivateReads = [ApiRoutes.Audit, ApiRoutes.Editors, ApiRoutes.Webhooks];

    /// <summary>A storage account nobody answers at: a 401 must come before any storage call.</summary>
    private const string Unreachable =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    public static TheoryData<string> SecuredFunctions() => new(SecuredFunctionNames());

    private static IEnumerable<string> SecuredFunctionNames() => HttpFunctions()
        .Where(f => f.Trigger.Methods!.Any(m => WriteMethods.Contains(m)) || (f.Trigger.Methods!.Contains("get") && PrivateReads.Contains(f.Trigger.Route)))
        .Select(f => f.Method.Name);

    private static IEnumerable<(MethodInfo Method, HttpTriggerAttribute Trigger)> HttpFunctions() =>
        typeof(SessionFunctions).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .Where(method => method.GetCustomAttribute<FunctionAttribute>() is not null)
            .Select(method => (method, trigger: method.GetParameters()
                .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>())
                .FirstOrDefault(a => a is not null)))
            .Where(f => f.trigger is not null)
            .Select(f => (f.method, f.trigger!));

    [Fact]
    public void The_secured_functions_cover_every_write_and_the_private_reads()
    {
        var names = SecuredFunctionNames().ToList();
        string[] secured =
        [
            "PutCourse", "PutSession", "PatchSession", "DeleteSession", "ImportCourse", "CreateSlideUploadUrl", "GetAudit", "CreateEditor",
            "ListEditors", "RevokeEditor",
        ];
        foreach (var expected in secured)
            Assert.Contains(expected, names);
    }

    [Theory]
    [MemberData(nameof(SecuredFunctions))]
    public async Task Without_a_credential_or_with_a_wrong_key_the_function_itself_answers_401(string functionName)
    {
        var (method, trigger) = HttpFunctions().Single(f => f.Method.Name == functionName);
        Assert.Equal(AuthorizationLevel.Anonymous, trigger.AuthLevel);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CourseStorage"] = Unreachable,
            ["Auth:OperatorKeySha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("the-operator-key"u8)),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddCourseFunctionsApi(configuration).BuildServiceProvider();
        var functions = ActivatorUtilities.CreateInstance(services, method.DeclaringType!);

        foreach (var key in new string?[] { null, "wrong" })
        {
            var request = FunctionResults.NewRequest();
            request.Method = trigger.Methods!.First(m => m != "options").ToUpperInvariant();
            if (key is not null) request.Headers["x-functions-key"] = key;
            var arguments = method.GetParameters().Select(parameter => parameter.ParameterType == typeof(HttpRequest) ? request : (object)(parameter.Name switch
            {
                "courseId" => "iasd2025",
                "date" => "2025-01-17",
                _ => "0123456789abcdef",
            })).ToArray();

            var result = await (Task<IActionResult>)method.Invoke(functions, arguments)!;
            var (status, contentType, _) = await FunctionResults.ExecuteAsync(result, request);

            Assert.Equal(StatusCodes.Status401Unauthorized, status);
            Assert.StartsWith("application/problem+json", contentType);
            Assert.Equal("Bearer", request.HttpContext.Response.Headers.WWWAuthenticate.ToString());
        }
    }
}
