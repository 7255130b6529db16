namespace Unknot.App.Hosting;

/// <summary>
/// The systemd user unit that runs <c>unknot remind</c> at every login, and the rule for which program it runs: one
/// that is still there after <c>dotnet tool update</c>.
/// </summary>
public static class ReminderUnit
{
    /// <summary>The unit's file name.</summary>
    public const string Name = "unknot-remind.service";

    /// <summary>The command a .NET tool install puts on the PATH, beside its <c>.store</c> folder.</summary>
    public const string Shim = "unknot";

    /// <summary>
    /// How to start this program again, in a unit or a new terminal, so that an update does not break it:
    /// <list type="number">
    /// <item>installed as a .NET tool (the program lies under a <c>.store</c> folder, which <c>dotnet tool update</c>
    /// replaces, version by version): the tool's command beside that folder, <c>~/.dotnet/tools/unknot</c> for a
    /// global tool, <c>DIR/unknot</c> for <c>--tool-path DIR</c>;</item>
    /// <item>run through the .NET host (<c>dotnet unknot.dll</c>): the host and the program's <c>unknot.dll</c>;</item>
    /// <item>otherwise this program itself (a published or built <c>unknot</c>).</item>
    /// </list>
    /// </summary>
    /// <param name="processPath">The running program's file (<see cref="Environment.ProcessPath"/>), symbolic links resolved.</param>
    /// <param name="programFolder">The folder of the program's own files (<see cref="AppContext.BaseDirectory"/>).</param>
    /// <param name="isFile">Whether a file is there.</param>
    public static IReadOnlyList<string> Command(string processPath, string programFolder, Func<string, bool> isFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(processPath);
        for (var folder = Path.GetDirectoryName(processPath); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (Path.GetFileName(folder) == ".store" && Path.GetDirectoryName(folder) is { } tools && isFile(Path.Combine(tools, Shim)))
            {
                return [Path.Combine(tools, Shim)];
            }
        }
        return Path.GetFileNameWithoutExtension(processPath) == "dotnet"
            ? [processPath, Path.Combine(programFolder, "unknot.dll")]
            : [processPath];
    }

    /// <summary>The unit's text: <paramref name="command"/> with <c>remind</c>, on the Unknot home <paramref name="home"/>, in the graphical session.</summary>
    public static string Text(IReadOnlyList<string> command, string home) => $"""
        [Unit]
        Description=Unknot break reminders
        After=graphical-session.target
        PartOf=graphical-session.target

        [Service]
        ExecStart={string.Join(' ', command.Select(Quoted))} remind
        Environment=UNKNOT_HOME={home}
        # Without a notification server yet (a desktop still starting), remind exits 1: try again a little later.
        Restart=on-failure
        RestartSec=30

        [Install]
        WantedBy=graphical-session.target default.target

        """;

    /// <summary>A word of ExecStart in systemd's quoting: in double quotes, a backslash or quote escaped, a % doubled (systemd's specifiers).</summary>
    private static string Quoted(string word) =>
        "\"" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("%", "%%", StringComparison.Ordinal) + "\"";
}
