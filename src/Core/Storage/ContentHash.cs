using System.Security.Cryptography;
using System.Text;

namespace CourseFunctions.Core.Storage;

/// <summary>Detects real edits, so that re-importing an unchanged page changes no revision.</summary>
internal static class ContentHash
{
    public static string Of<T>(T value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(StoredJson.Write(value))));
}
