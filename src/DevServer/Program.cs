using CourseFunctions.DevServer;

// `import` is the command-line importer; anything else runs the local server.
return args is ["import", .. var importArgs]
    ? await ImportCommand.RunAsync(importArgs)
    : await DevServerApp.RunAsync(args);
