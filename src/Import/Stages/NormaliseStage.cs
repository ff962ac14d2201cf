namespace CourseFunctions.Import;

/// <summary>Normalise: well-formed text with Unix line ends, then every registered page format that applies (<see cref="PageFormats"/>).</summary>
internal sealed class NormaliseStage : IImportStage
{
    public string Name => "normalise";

    public void Run(ImportContext context) =>
        context.Source = PageFormats.Convert(PageSource.Normalise(context.Page), context.Request.FileName, context.Cancellation);
}
