namespace CourseFunctions.PdfReader;

/// <summary>The upload is not a usable PDF. The message is shown to the instructor as the material's error.</summary>
public sealed class UnreadableSlidesException(string message) : Exception(message);
