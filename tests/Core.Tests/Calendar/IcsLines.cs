using System.Text;
using CourseFunctions.Core.Calendar;

namespace CourseFunctions.Core.Tests.Calendar;

/// <summary>RFC 5545 line rules, checked on the octets: CRLF, at most 75 octets, no split character or escape.</summary>
internal static class IcsLines
{
    public static void AssertWellFormed(string text)
    {
        Assert.EndsWith("\r\n", text);
        var bytes = Encoding.UTF8.GetBytes(text);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var line in Split(bytes))
        {
            Assert.True(line.Length <= IcsFolding.MaxLineOctets, $"{line.Length} octets: {Encoding.UTF8.GetString(line)}");
            Assert.DoesNotContain((byte)'\r', line);
            Assert.DoesNotContain((byte)'\n', line);
            var decoded = strict.GetString(line);
            Assert.False(char.IsHighSurrogate(decoded[^1]), "a fold splits a surrogate pair");
            var trailingBackslashes = decoded.Length - decoded.TrimEnd('\\').Length;
            Assert.True(trailingBackslashes % 2 == 0, $"a fold splits an escape: {decoded}");
        }
    }

    private static IEnumerable<byte[]> Split(byte[] bytes)
    {
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] != '\r' || bytes[i + 1] != '\n') continue;
            yield return bytes[start..i];
            start = i + 2;
            i++;
        }
    }
}
