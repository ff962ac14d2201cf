using CourseFunctions.Core.Reading;
using Microsoft.Extensions.Options;

namespace CourseFunctions.Http;

/// <summary>
/// A rule between two sections: a revalidation of a cached course must give up before the API's read deadline,
/// or a request waits on storage past its deadline and gets a 503 although a copy was there to serve.
/// </summary>
public sealed class ReadDeadlineValidation(IOptions<ApiOptions> api) : IValidateOptions<ReadModelOptions>
{
    public ValidateOptionsResult Validate(string? name, ReadModelOptions options)
    {
        var readDeadline = api.Value.ReadDeadlineSeconds;
        if (options.RevalidationDeadlineSeconds < readDeadline) return ValidateOptionsResult.Success;
        const string revalidation = $"{ReadModelOptions.SectionName}:{nameof(ReadModelOptions.RevalidationDeadlineSeconds)}";
        const string read = $"{ApiOptions.SectionName}:{nameof(ApiOptions.ReadDeadlineSeconds)}";
        return ValidateOptionsResult.Fail(
            FormattableString.Invariant($"{revalidation} ({options.RevalidationDeadlineSeconds} s) must be less than {read} ({readDeadline} s), ")
            + "so that a cached copy is still served within the read deadline.");
    }
}
