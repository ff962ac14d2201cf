using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CourseFunctions.Http.Auth;

/// <summary>
/// An editor's token: <c>cfe.{courseId}.{editorId}.{secret}</c>, the secret 256 random bits. The course and the
/// editor in it make the check one point read, and let a token tried on another course be told apart (403) from
/// a forged or revoked one (401). Only the token's SHA-256 is stored: with 256 random bits, a fast hash is enough.
/// </summary>
public static class EditorTokens
{
    private const string Prefix = "cfe";

    public static string NewEditorId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static string New(string courseId, string editorId) =>
        $"{Prefix}.{courseId}.{editorId}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Compares in constant time, so the time taken says nothing of how much of a guess was right.</summary>
    public static bool Matches(string token, byte[]? storedHash) =>
        storedHash is { Length: SHA256.HashSizeInBytes } && CryptographicOperations.FixedTimeEquals(Hash(token), storedHash);

    public static bool TryParse(string token, out string courseId, out string editorId)
    {
        var parts = token.Split('.');
        var valid = parts is [Prefix, { Length: > 0 }, { Length: 16 }, { Length: > 0 }]
            && Core.Courses.CourseId.IsValid(parts[1]) && IsEditorId(parts[2]);
        courseId = valid ? parts[1] : "";
        editorId = valid ? parts[2] : "";
        return valid;
    }

    /// <summary>16 lower-case hex digits, as <see cref="NewEditorId"/> makes them.</summary>
    public static bool IsEditorId(string text) => text.Length == 16 && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
