using CourseFunctions.Cli;

// coursefunctions import [--dry-run] [--json] [--keep-edits] [--course-id ID] [--base-url URL] FILE [--Section:Key value ...]
return args is ["import", .. var importArgs]
    ? await ImportCommand.RunAsync(importArgs)
    : await ImportCommand.UsageAsync();
