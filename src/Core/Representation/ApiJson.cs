using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CourseFunctions.Core.Representation;

/// <summary>The API's JSON conventions: camelCase names, camelCase enum values, UTF-8 text unescaped.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // Course text is full of accents and '+' offsets; escaping them as \u00E8 helps nobody. Responses are
        // served as application/json with nosniff, never inlined into HTML, which is what the default guards against.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
