using System.Diagnostics;
using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary>
/// <c>unknot remind</c> on a real (virtual) desktop: Xvfb for the screen, a private D-Bus session bus, dunst as the
/// notification server, activity made with xdotool and idle time read with xprintidle. ./test.sh installs them.
/// The desktop has its own clocks (xprintidle, the service's), so this test waits for conditions on them against
/// deadlines; the rules themselves are tested on a fake clock.
/// </summary>
public sealed class RemindDesktopTests : IDisposable
{
    private readonly TempHome _home = new();
    private readonly List<Process> _processes = [];
    private readonly Dictionary<string, string?> _environment = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
                // Already ended.
            }
            process.Dispose();
        }
        _home.Dispose();
    }

    private Process Start(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in _environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start; ./test.sh installs it");
        _processes.Add(process);
        return process;
    }

    private string Run(string program, params string[] args)
    {
        using var process = Start(program, args);
        _processes.Remove(process);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(10_000).ShouldBeTrue($"{program} did not end");
        return output;
    }

    private int Displayed() =>
        int.Parse(Run("dunstctl", "count", "displayed").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private int IdleMilliseconds() =>
        int.Parse(Run("xprintidle").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Checks <paramref name="condition"/> until it holds or the deadline passes; the desktop's own clocks move, not the test's.</summary>
    private static void WaitUntil(Func<bool> condition, TimeSpan deadline, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {deadline.TotalSeconds} s");
            }
            Thread.Yield();
            SpinWait.SpinUntil(() => Cancel.IsCancellationRequested, 50);
        }
    }

    [Fact]
    public void A_notification_comes_after_the_active_time_not_while_idle_and_its_Start_records_a_taken_break()
    {
        var display = $":{Random.Shared.Next(100, 900)}";
        _environment["DISPLAY"] = display;
        _environment["UNKNOT_HOME"] = _home.Path;
        Start("Xvfb", display, "-screen", "0", "800x600x24", "-nolisten", "tcp");
        var bus = Start("dbus-daemon", "--session", "--nofork", "--print-address=1");
        _environment["DBUS_SESSION_BUS_ADDRESS"] = bus.StandardOutput.ReadLine().ShouldNotBeNull("dbus-daemon gave no address");
        Start("dunst");
        var unknot = (string[] args) => Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "unknot.dll"), .. args]);
        foreach (var setting in new[] { "remind-every 6s", "remind-break 30s", "remind-hours 00:00-23:59", "remind-days every-day", "remind-snooze 1h" })
        {
            using var set = unknot(["settings", .. setting.Split(' ')]);
            set.WaitForExit(30_000).ShouldBeTrue();
            set.ExitCode.ShouldBe(0, setting);
        }
        // Nobody has touched the new screen: wait until it has been idle well past the 5 s that count as away.
        WaitUntil(() => IdleMilliseconds() >= 6000, TimeSpan.FromSeconds(30), "six seconds of idleness");

        var remind = unknot(["remind"]);
        var log = new System.Text.StringBuilder();
        remind.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        remind.BeginOutputReadLine();

        // Idle: no reminder while the screen stays untouched for twelve seconds more (twice the active time asked for).
        WaitUntil(() => IdleMilliseconds() >= 18_000, TimeSpan.FromSeconds(40), "eighteen seconds of idleness");
        Displayed().ShouldBe(0, "no reminder while idle");
        lock (log)
        {
            log.ToString().ShouldContain("Counting active time from: X11 screen saver extension (xprintidle).");
        }

        // Active: the mouse moves every half second; the reminder comes once 6 s of activity are counted.
        var active = Stopwatch.StartNew();
        var step = 0;
        WaitUntil(() =>
        {
            Run("xdotool", "mousemove", (100 + step++ % 2 * 50).ToString(System.Globalization.CultureInfo.InvariantCulture), "100");
            return Displayed() > 0;
        }, TimeSpan.FromSeconds(30), "the reminder");
        var shownAfter = active.Elapsed;
        shownAfter.ShouldBeGreaterThan(TimeSpan.FromSeconds(5), "not before the active time");
        shownAfter.ShouldBeLessThan(TimeSpan.FromSeconds(20), "the reminder came");

        // Start, as a click on the notification does.
        Run("dunstctl", "action", "0");
        WaitUntil(() => Outcome() == "taken", TimeSpan.FromSeconds(10), "the taken break in the database");
    }

    /// <summary>A session bus of its own with nothing on it that could show a notification, and nothing it could start.</summary>
    private string EmptyBus()
    {
        var config = Path.Combine(_home.Path, "bus.conf");
        File.WriteAllText(config, $"""
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <listen>unix:dir={_home.Path}</listen>
              <auth>EXTERNAL</auth>
              <policy context="default"><allow send_destination="*"/><allow eavesdrop="true"/><allow own="*"/></policy>
            </busconfig>
            """);
        var bus = Start("dbus-daemon", $"--config-file={config}", "--nofork", "--print-address=1");
        return bus.StandardOutput.ReadLine().ShouldNotBeNull("dbus-daemon gave no address");
    }

    private (int ExitCode, string Error) Remind(TimeSpan deadline)
    {
        _environment["UNKNOT_HOME"] = _home.Path;
        var remind = Start("dotnet", Path.Combine(AppContext.BaseDirectory, "unknot.dll"), "remind");
        var error = remind.StandardError.ReadToEndAsync(Cancel);
        remind.WaitForExit(deadline).ShouldBeTrue("unknot remind went on as if reminders could be shown");
        return (remind.ExitCode, error.GetAwaiter().GetResult());
    }

    [Fact]
    public void On_a_session_bus_with_no_notification_server_remind_says_so_in_one_line_and_exits_1()
    {
        _environment["DBUS_SESSION_BUS_ADDRESS"] = EmptyBus();

        var (code, error) = Remind(TimeSpan.FromSeconds(60));

        code.ShouldBe(1);
        error.Trim().ShouldBe("unknot: no notification server is running (org.freedesktop.Notifications has no owner on the session bus), so no reminder can be shown; start one, such as dunst, or use the reminders in the browser (the web app's Settings: Remind me in this browser)");
    }

    [Fact]
    public void With_no_session_bus_at_all_remind_says_so_in_one_line_and_exits_1()
    {
        _environment["DBUS_SESSION_BUS_ADDRESS"] = null;
        _environment["XDG_RUNTIME_DIR"] = _home.Path;

        var (code, error) = Remind(TimeSpan.FromSeconds(60));

        code.ShouldBe(1);
        error.Trim().ShouldBe("unknot: no D-Bus session bus here (DBUS_SESSION_BUS_ADDRESS is not set), so no reminder can be shown; run 'unknot remind' inside your desktop session, or use the reminders in the browser (the web app's Settings: Remind me in this browser)");
    }

    [Fact]
    public void Stopped_with_SIGTERM_while_a_notification_is_up_remind_leaves_no_notify_send_running()
    {
        var display = $":{Random.Shared.Next(100, 900)}";
        _environment["DISPLAY"] = display;
        _environment["UNKNOT_HOME"] = _home.Path;
        Start("Xvfb", display, "-screen", "0", "800x600x24", "-nolisten", "tcp");
        var bus = Start("dbus-daemon", "--session", "--nofork", "--print-address=1");
        _environment["DBUS_SESSION_BUS_ADDRESS"] = bus.StandardOutput.ReadLine().ShouldNotBeNull("dbus-daemon gave no address");
        Start("dunst");
        var unknot = (string[] args) => Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "unknot.dll"), .. args]);
        foreach (var setting in new[] { "remind-every 5s", "remind-break 30s", "remind-hours 00:00-23:59", "remind-days every-day", "remind-snooze 1h" })
        {
            using var set = unknot(["settings", .. setting.Split(' ')]);
            set.WaitForExit(30_000).ShouldBeTrue();
            set.ExitCode.ShouldBe(0, setting);
        }
        var remind = unknot(["remind"]);
        var step = 0;
        WaitUntil(() =>
        {
            Run("xdotool", "mousemove", (100 + step++ % 2 * 50).ToString(System.Globalization.CultureInfo.InvariantCulture), "100");
            return Displayed() > 0;
        }, TimeSpan.FromSeconds(60), "the reminder");
        var notifiers = Children(remind.Id, "notify-send");
        notifiers.ShouldNotBeEmpty("the notification waits for its answer in notify-send");

        Run("kill", "-TERM", remind.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        remind.WaitForExit(30_000).ShouldBeTrue("unknot remind did not end on SIGTERM");
        notifiers.Where(pid => Directory.Exists($"/proc/{pid}")).ShouldBeEmpty("a notify-send outlived unknot remind");
        Outcome().ShouldBe("ignored");
    }

    /// <summary>The ids of the running children of <paramref name="parent"/> named <paramref name="name"/>.</summary>
    private static int[] Children(int parent, string name) =>
        Directory.EnumerateDirectories("/proc").Select(d => Path.GetFileName(d)).Where(d => d.All(char.IsAsciiDigit))
            .Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture))
            .Where(pid =>
            {
                try
                {
                    // /proc/PID/stat: "PID (name) STATE PPID ..."; the name may hold spaces, so read after its last ')'.
                    var stat = File.ReadAllText($"/proc/{pid}/stat");
                    var after = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    return stat.Contains($"({name})", StringComparison.Ordinal) && after[1] == parent.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    return false;
                }
            }).ToArray();

    private string Outcome()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_home.Path, "unknot.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(outcome, '') FROM reminders ORDER BY at DESC LIMIT 1";
        return command.ExecuteScalar() as string ?? "";
    }
}
