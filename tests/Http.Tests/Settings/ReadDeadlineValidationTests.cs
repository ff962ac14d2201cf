using CourseFunctions.Core.Reading;
using CourseFunctions.Http;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http.Tests.Settings;

public class ReadDeadlineValidationTests
{
    private static ValidateOptionsResult Validate(double revalidation, double read) =>
        new ReadDeadlineValidation(Options.Create(new ApiOptions { ReadDeadlineSeconds = read }))
            .Validate(null, new ReadModelOptions { RevalidationDeadlineSeconds = revalidation });

    [Fact]
    public void The_defaults_keep_the_revalidation_within_the_read_deadline() =>
        Assert.True(new ReadDeadlineValidation(Options.Create(new ApiOptions())).Validate(null, new ReadModelOptions()).Succeeded);

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    public void A_revalidation_that_may_outlast_the_read_deadline_is_refused(double revalidation, double read)
    {
        var result = Validate(revalidation, read);
        Assert.True(result.Failed);
        Assert.Contains("ReadModel:RevalidationDeadlineSeconds", result.FailureMessage);
        Assert.Contains("Api:ReadDeadlineSeconds", result.FailureMessage);
    }

    [Fact]
    public void A_shorter_revalidation_passes() => Assert.True(Validate(0.5, 2).Succeeded);
}
