using System.Runtime.InteropServices;
using Unknot.Cli;

// The real process: console, environment, wall clock and keyboard. Everything else lives in UnknotCommand.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Ctrl-C stops the session gracefully (recorded as unfinished, resumable) instead of killing the process;
    // a second Ctrl-C, if anything still holds on, ends the process at once.
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};
// A closed terminal (SIGHUP) or a polite kill (SIGTERM) gets the same graceful stop.
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, StopGracefully);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopGracefully);
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await UnknotCommand.RunAsync(args, CliHost.FromProcess(cancel.Token));

void StopGracefully(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}
