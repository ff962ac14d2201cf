using CourseFunctions.Import;

namespace CourseFunctions.Import.Tests.Import;

internal static class TestPages
{
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));

    public static ImportResult Import(string page, string? courseId = null, int todayYear = 2030, string? fileName = null) =>
        CoursePageImporter.Import(page, new ImportRequest { CourseId = courseId, Today = new DateOnly(todayYear, 1, 1), FileName = fileName });

    /// <summary>An al-folio page in the seed's layout, with the given info items and schedule rows.</summary>
    public static string AlFolioPage(string info, string rows, string frontMatter = "") => $"""
        ---
        layout: page
        permalink: /teaching/test-course
        title: Test course
        {frontMatter}
        ---

        ## Course Information

        {info}

        ## Course Schedule

        | Date | Lecture Topic | Materials |
        |------|---------------|-----------|
        {rows}
        """;
}
