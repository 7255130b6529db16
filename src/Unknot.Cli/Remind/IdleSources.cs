using System.Globalization;
using System.Text.RegularExpressions;
using Unknot.Reminders;

namespace Unknot.Cli.Remind;

/// <summary>One way of asking the desktop how long the person has been away from keyboard and mouse.</summary>
/// <param name="Name">As <c>--status</c> names it.</param>
/// <param name="Program">The program asked.</param>
/// <param name="Arguments">Its arguments.</param>
/// <param name="Read">The idle time in its answer, or null when the answer is not one.</param>
internal sealed record IdleSource(string Name, string Program, string[] Arguments, Func<string, TimeSpan?> Read);

/// <summary>
/// Reads what the person is doing from the desktop: idle time from the first source that answers (GNOME's Mutter
/// idle monitor, the freedesktop screen saver as KDE and others offer it, the X11 screen-saver extension through
/// xprintidle, logind's idle hint as a last resort), a locked screen from logind and the screen savers, and idle
/// inhibitors (a call, a video, a presentation) from GNOME's session manager and systemd's inhibitor list.
/// </summary>
internal sealed partial class IdleSources(IDesktop desktop, TimeSpan idleAfter)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>The sources in the order they are tried.</summary>
    public static IReadOnlyList<IdleSource> All { get; } =
    [
        new("GNOME (org.gnome.Mutter.IdleMonitor)", "gdbus",
            ["call", "--session", "--dest", "org.gnome.Mutter.IdleMonitor", "--object-path", "/org/gnome/Mutter/IdleMonitor/Core",
             "--method", "org.gnome.Mutter.IdleMonitor.GetIdletime"], text => Milliseconds(text)),
        new("freedesktop screen saver (org.freedesktop.ScreenSaver)", "gdbus",
            ["call", "--session", "--dest", "org.freedesktop.ScreenSaver", "--object-path", "/org/freedesktop/ScreenSaver",
             "--method", "org.freedesktop.ScreenSaver.GetSessionIdleTime"], text => Milliseconds(text)),
        new("X11 screen saver extension (xprintidle)", "xprintidle", [], text => Milliseconds(text)),
        new("logind idle hint (loginctl)", "loginctl", ["show-session", "auto", "-p", "IdleHint", "--value"],
            text => text.Trim() switch { "yes" => TimeSpan.MaxValue, "no" => TimeSpan.Zero, _ => null }),
    ];

    private IdleSource? _source;

    /// <summary>The source in use, or null when none answered (then every moment counts as active: wall-clock time).</summary>
    public IdleSource? Source => _source;

    /// <summary>Finds the first source that answers; null when none does.</summary>
    public IdleSource? Find()
    {
        _source = All.FirstOrDefault(s => Idle(s) is not null);
        return _source;
    }

    /// <summary>What the person is doing now.</summary>
    public ActivityState Now()
    {
        if (Locked())
        {
            return ActivityState.Locked;
        }
        var idle = _source is null ? TimeSpan.Zero : Idle(_source) ?? TimeSpan.Zero;
        if (idle >= idleAfter)
        {
            return ActivityState.Idle;
        }
        return Inhibited() ? ActivityState.Inhibited : ActivityState.Active;
    }

    private TimeSpan? Idle(IdleSource source) =>
        desktop.Run(source.Program, source.Arguments, Timeout) is (0, var output) ? source.Read(output) : null;

    private bool Locked() =>
        desktop.Run("loginctl", ["show-session", "auto", "-p", "LockedHint", "--value"], Timeout) is (0, var hint) && hint.Trim() == "yes"
        || desktop.Run("gdbus", ["call", "--session", "--dest", "org.freedesktop.ScreenSaver", "--object-path", "/org/freedesktop/ScreenSaver",
            "--method", "org.freedesktop.ScreenSaver.GetActive"], Timeout) is (0, var active) && active.Contains("true", StringComparison.Ordinal);

    private bool Inhibited() =>
        // 8: inhibit idle, as a video player or a call does.
        desktop.Run("gdbus", ["call", "--session", "--dest", "org.gnome.SessionManager", "--object-path", "/org/gnome/SessionManager",
            "--method", "org.gnome.SessionManager.IsInhibited", "8"], Timeout) is (0, var gnome) && gnome.Contains("true", StringComparison.Ordinal)
        || desktop.Run("systemd-inhibit", ["--list", "--no-legend", "--no-pager"], Timeout) is (0, var list)
            && list.Split('\n').Any(line => line.Contains("idle", StringComparison.Ordinal) && line.Contains("block", StringComparison.Ordinal));

    /// <summary>The first whole number in a gdbus or xprintidle answer, as milliseconds.</summary>
    private static TimeSpan? Milliseconds(string text) =>
        Number().Match(text) is { Success: true } m && long.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? TimeSpan.FromMilliseconds(ms)
            : null;

    [GeneratedRegex(@"(?:uint\d+\s+)?(\d+)")]
    private static partial Regex Number();
}
