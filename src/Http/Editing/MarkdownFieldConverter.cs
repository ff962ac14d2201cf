using System.Text.Json;
using System.Text.Json.Serialization;

namespace CourseFunctions.Http.Editing;

/// <summary>
/// A Markdown field of a write: the Markdown as a string, or the <c>{ "markdown", "html" }</c> object the read
/// API returns (its rendered html is ignored; the server renders it). So a client can PUT back what it read.
/// </summary>
internal sealed class MarkdownFieldConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.StartObject:
                string? markdown = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (string.Equals(name, "markdown", StringComparison.OrdinalIgnoreCase))
                        markdown = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    else if (string.Equals(name, "html", StringComparison.OrdinalIgnoreCase))
                        reader.Skip();
                    else
                        throw new JsonException($"'{name}' is not a field of a Markdown text; give \"markdown\" (and \"html\", which is ignored).");
                }
                return markdown;
            default:
                throw new JsonException("A Markdown text is a string, or an object with \"markdown\".");
        }
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
