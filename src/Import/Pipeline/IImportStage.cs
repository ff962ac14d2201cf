namespace CourseFunctions.Import;

/// <summary>One named step of reading a page (<see cref="ImportPipeline"/>): it reads what earlier stages left in the context and adds its part.</summary>
internal interface IImportStage
{
    string Name { get; }

    void Run(ImportContext context);
}
