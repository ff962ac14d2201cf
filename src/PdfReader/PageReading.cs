namespace CourseFunctions.PdfReader;

/// <summary>What the reader learnt of one page.</summary>
/// <param name="Number">From 1.</param>
/// <param name="Text">The visible words as written (ligatures spelt out, accents combined).</param>
/// <param name="Label">The page's label (/PageLabels); Beamer gives every overlay page of a frame the same one.</param>
/// <param name="Quality">The share of drawn letters read as text, 0 to 1; null without letters.</param>
/// <param name="ImageOnly">Images and no text layer: a scanned page.</param>
public sealed record PageReading(int Number, string Text, string? Label = null, double? Quality = null, bool ImageOnly = false);
