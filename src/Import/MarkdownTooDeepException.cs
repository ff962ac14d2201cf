namespace CourseFunctions.Import;

/// <summary>A Markdown text nests too deeply to be rendered safely.</summary>
public sealed class MarkdownTooDeepException(int maxNesting)
    : Exception($"The text nests more than {maxNesting} levels deep (block quotes, lists or emphasis inside each other).");
