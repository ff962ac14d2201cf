using System.Net;
using System.Text.Json;

namespace CourseFunctions.Integration.Tests;

internal static class ProblemAssert
{
    /// <summary>The response is an RFC 9457 problem with the expected status and a title.</summary>
    public static async Task IsProblem(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }
}
