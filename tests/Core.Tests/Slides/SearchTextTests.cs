using CourseFunctions.Core.Slides;

namespace CourseFunctions.Core.Tests.Slides;

/// <summary>Folding for search and for the importer's word matching takes any text, broken or not.</summary>
public class SearchTextTests
{
    [Theory]
    [InlineData("Mo\uFFFEnday", "mo\uFFFDnday")] // U+FFFE: .NET's Normalize throws on it (found by the page fuzzer, seed 790)
    [InlineData("Écoulement", "ecoulement")]
    [InlineData("Übung 🎓", "ubung 🎓")]
    public void Folds_broken_and_accented_text_without_throwing(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    /// <summary>Not as theory data: the test runner mangles a lone surrogate in an attribute.</summary>
    [Fact]
    public void Folds_an_unpaired_surrogate_to_the_replacement_character() =>
        Assert.Equal("lun\uFFFDdi", SearchText.Fold("Lun" + '\uD800' + "di"));
}
