using Microsoft.Extensions.Options;

// Beside AddOptions itself, so that every layer's registration finds it without a using (and without a cycle).
namespace Microsoft.Extensions.DependencyInjection;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to its configuration section and checks its data annotations (and any
    /// registered <see cref="IValidateOptions{TOptions}"/>) when the host starts: a wrong setting stops the start
    /// with the setting's name, instead of failing the first request that reads it.
    /// </summary>
    public static OptionsBuilder<TOptions> AddSettings<TOptions>(this IServiceCollection services, string sectionName) where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateDataAnnotations().ValidateOnStart();
}
