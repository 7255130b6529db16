using Unknot.Cli;

// The real process: console, environment, wall clock and keyboard. Everything else lives in UnknotApp.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Ctrl-C stops the session gracefully (checkpoint kept) instead of killing the process.
    e.Cancel = true;
    cancel.Cancel();
};
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await UnknotApp.RunAsync(args, CliHost.FromProcess(cancel.Token));
