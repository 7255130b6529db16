using Unknot.Text;
using System.CommandLine;
using Unknot.App.Exchange;
using Unknot.App.Fields;
using Unknot.Storage.Exchange;

namespace Unknot.Cli.Commands;

/// <summary><c>unknot export FILE</c> and <c>unknot import FILE</c>.</summary>
internal static class ExchangeCommands
{
    public static Command CreateExport(CliHost host)
    {
        var file = new Argument<string>("file") { Description = "Where to write the JSON export; - writes it to standard output" };
        var force = new Option<bool>("--force") { Description = "Replace the file when it exists" };
        var salvage = new Option<bool>("--salvage") { Description = "Rescue what can still be read from a damaged database, skipping what cannot" };
        var command = new Command("export", "Write all your sessions, routines, exercises and settings to a JSON file") { file, force, salvage };
        command.SetAction(parse =>
        {
            var path = OutputFile.Check(parse.GetValue(file), parse.GetValue(force), "FILE", "unknot-export.json");
            if (parse.GetValue(salvage))
            {
                return Salvage(host, path);
            }
            using var user = host.OpenUser();
            var written = Write(host, user.Store, path);
            if (path is null)
            {
                return 0;
            }
            host.Out.WriteLine($"Exported {written} to {path}.");
            return 0;
        });
        return command;
    }

    /// <summary>Writes the export of <paramref name="store"/> to <paramref name="path"/>, or to standard output when it is null.</summary>
    private static ExportSummary Write(CliHost host, Storage.IUnknotStore store, string? path)
    {
        if (path is not null)
        {
            return Exporter.ExportToFile(store, host.Home, host.Time.GetUtcNow(), path);
        }
        using var output = OutputFile.Over(host.Out);
        var written = Exporter.ExportAsync(store, host.Home, host.Time.GetUtcNow(), output).GetAwaiter().GetResult();
        host.Out.Flush();
        return written;
    }

    /// <summary>Exports what a damaged database still holds, and says what was lost.</summary>
    private static int Salvage(CliHost host, string? path)
    {
        var (store, lost) = host.Workspace.Stores.OpenForSalvage(Storage.Sqlite.SqliteStore.LocalUser);
        using (store)
        {
            var written = Write(host, store, path);
            foreach (var line in lost.Take(20))
            {
                host.Error.WriteLine($"lost: {Printable.Line(line)}");
            }
            host.Error.WriteLine($"Rescued {written}" +
                $"{(path is null ? "" : $" to {path}")}; {Counted.Of(lost.Count, "part")} could not be read." +
                (path is null ? "" : $" Move the damaged database away, then 'unknot import {path}'."));
            return 0;
        }
    }

    public static Command CreateImport(CliHost host)
    {
        var file = new Argument<string>("file") { Description = "A file written by 'unknot export'" };
        var allowOverride = new Option<bool>("--allow-override") { Description = "Let the file's exercises and routines replace built-in ones with the same id (refused otherwise)" };
        var command = new Command("import", "Read back a file written by 'unknot export'; what is already there is not added twice") { file, allowOverride };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliError($"{path}: no such file");
            }
            using var user = host.OpenUser();
            var outcome = Importer.TryImport(user.Store, host.Home, () => File.OpenRead(path), host.Time.GetUtcNow(), parse.GetValue(allowOverride));
            if (outcome.Imported is null)
            {
                throw new CliError($"{path}: {outcome.Refusal("--allow-override lets it replace the built-in ones")}");
            }
            var report = outcome.Report();
            host.Out.WriteLine(report[0]);
            foreach (var kept in report.Skip(1))
            {
                host.Error.WriteLine($"warning: {kept}");
            }
            return 0;
        });
        return command;
    }
}
