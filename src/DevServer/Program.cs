using CourseFunctions.DevServer;

// The command-line importer is src/Cli.
return await DevServerApp.RunAsync(args);
