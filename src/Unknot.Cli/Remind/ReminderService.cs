using Unknot.App.Reminders;
using Unknot.Planning;
using Unknot.Preferences;
using Unknot.Reminders;
using Unknot.Storage;
using Unknot.Text;

namespace Unknot.Cli.Remind;

/// <summary>
/// <c>unknot remind</c> in the foreground: every second it asks the desktop what the person is doing, feeds the
/// <see cref="BreakScheduler"/>, keeps the day's active time, and when a reminder fires shows a desktop
/// notification (<c>notify-send</c>, over <c>org.freedesktop.Notifications</c>) with Start, In 10 minutes and Skip
/// (<see cref="ShownReminder"/>). Every reminder and its outcome is stored. Time comes from the host's clock, so the loop can be tested on a fake one.
/// </summary>
internal sealed class ReminderService(CliHost host, IDesktop desktop, IUnknotStore store, UserPreferences preferences, TimeZoneInfo zone, Catalog.ExerciseCatalog catalog)
{
    private readonly BreakScheduler _scheduler = new(preferences.Remind, zone);
    private readonly IdleSources _sources = new(desktop, preferences.Remind.AwayAfter);
    private ShownReminder? _shown;
    private int _seed;
    private long _ticks;

    /// <summary>Writes what <c>--status</c> shows, through a temporary file so a reader never sees half of it.</summary>
    private void WriteStatus(DateTimeOffset at, IdleSource? source, DateOnly day, int unsaved)
    {
        var today = store.ActiveDays(day).Where(d => d.Day == day).Sum(d => d.Seconds) + unsaved;
        var status = new App.Views.RemindStatusView(true, source?.Name, today, _scheduler.NextAt(at), at, source is null ? App.Views.RemindStatusView.NoIdleSource : null);
        var path = Path.Combine(host.Home, App.Views.RemindStatusView.File);
        try
        {
            File.WriteAllText(path + ".tmp", System.Text.Json.JsonSerializer.Serialize(status, App.Views.AppJson.Indented.Info<App.Views.RemindStatusView>()));
            File.Move(path + ".tmp", path, overwrite: true);
        }
        catch (IOException)
        {
            // The status is a convenience; the reminders go on without it.
        }
    }

    /// <summary>How long the session bus may take to say whether a notification server is there.</summary>
    private static readonly TimeSpan NotifierTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs until <paramref name="cancel"/> is cancelled (Ctrl-C, a signal). Refuses to start, with one line saying what
    /// to do, when no reminder could be shown (no session bus, no notification server, no notify-send); no
    /// notification child outlives it.
    /// </summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        if (NotificationServer.Problem(desktop.Notifications(NotifierTimeout)) is { } problem)
        {
            throw new CliUnavailable(problem);
        }
        if (desktop.Run("notify-send", ["--version"], TimeSpan.FromSeconds(5)) is null)
        {
            throw new CliUnavailable("notify-send is not installed, so no reminder can be shown; install it (Debian and Ubuntu: libnotify-bin), "
                + "or use the reminders in the browser (the web app's Settings: Remind me in this browser)");
        }
        var source = _sources.Find();
        host.Out.WriteLine(source is null ? $"warning: {App.Views.RemindStatusView.NoIdleSource}" : $"Counting active time from: {source.Name}.");
        host.Out.WriteLine($"Reminding every {ReminderValues.Show(preferences.Remind.Every)} of active time, {ReminderValues.Show(preferences.Remind.Hours)} {ReminderValues.Show(preferences.Remind.Days)}. Ctrl-C stops.");
        var unsaved = 0;
        var day = Unknot.Progress.TimeZones.LocalDay(host.Time.GetUtcNow(), zone);
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var at = host.Time.GetUtcNow();
                var state = _sources.Now();
                Settle(at);
                var inSession = store.LatestUnfinished()?.MayBePlaying(at) == true;
                if (state is ActivityState.Active or ActivityState.Inhibited)
                {
                    unsaved++;
                }
                var today = Unknot.Progress.TimeZones.LocalDay(at, zone);
                if (unsaved >= 60 || (today != day && unsaved > 0))
                {
                    store.AddActiveTime(day, unsaved);
                    unsaved = 0;
                }
                day = today;
                if (_shown is null && _scheduler.Second(at, state, inSession) is { } reminder)
                {
                    Show(reminder);
                }
                if (++_ticks % 5 == 1)
                {
                    WriteStatus(at, source, day, unsaved);
                }
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), host.Time, cancel);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        finally
        {
            // Ending (Ctrl-C, SIGTERM, an error): the notification still waiting goes with the service, unanswered.
            if (_shown is { } shown)
            {
                _shown = null;
                shown.Stop();
                store.SetReminderOutcome(shown.Id, ReminderOutcome.Ignored);
            }
            if (unsaved > 0)
            {
                store.AddActiveTime(day, unsaved);
            }
        }
    }

    private void Show(Reminder reminder)
    {
        var id = Guid.NewGuid();
        store.AddReminder(new ReminderRecord(id, reminder.At, reminder.Repeat, reminder.Reason, null));
        var offer = BreakPlans.Offer(preferences, catalog, store, zone, reminder.At, _seed++);
        host.Out.WriteLine($"{TimeZoneInfo.ConvertTime(reminder.At, zone):HH:mm:ss}  reminder: {reminder.Reason}");
        _shown = ShownReminder.Show(desktop, id, offer, $"{reminder.Reason}. {offer.Description}", reminder.At, preferences.Remind.Snooze);
    }

    /// <summary>Takes in what became of the notification on screen, once something has (an answer, or the end of its window).</summary>
    private void Settle(DateTimeOffset at)
    {
        if (_shown is not { } shown || shown.Outcome(at) is not { } outcome)
        {
            return;
        }
        _shown = null;
        if (outcome == ReminderOutcome.Ignored && NotificationServer.Problem(desktop.Notifications(NotifierTimeout)) is { } problem)
        {
            // The server went away while the reminder was up: nobody saw it. Said once each time, the reminders go on.
            outcome = ReminderOutcome.NotShown;
            host.Error.WriteLine($"warning: {problem}");
        }
        store.SetReminderOutcome(shown.Id, outcome);
        _scheduler.Answer(outcome, at);
        host.Out.WriteLine($"{TimeZoneInfo.ConvertTime(at, zone):HH:mm:ss}  {Text.Kebab.Of(outcome)}");
        if (outcome == ReminderOutcome.Taken)
        {
            StartBreak(shown.Offer);
        }
    }

    /// <summary>
    /// Opens the break: in the web player when that is the user's choice (<c>remind-player</c>) and Unknot's web app
    /// answers at the address it recorded; otherwise in the terminal player, in a new terminal window.
    /// </summary>
    private void StartBreak(BreakOffer offer)
    {
        if (preferences.Remind.Player == BreakPlayer.Web && App.Hosting.RunningWeb.Read(host.Home) is { } web
            && desktop.Responds(new Uri(web.Url + "/healthz")))
        {
            var url = web.Url + offer.PlayerPath;
            if (desktop.Launch("xdg-open", [url]))
            {
                host.Out.WriteLine($"The break is open in the web player: {url}");
                return;
            }
        }
        var self = host.ProgramCommand ?? ["unknot"];
        if (!desktop.Launch("x-terminal-emulator", ["-e", .. self, .. offer.StartArguments]))
        {
            host.Out.WriteLine($"Start your break with: unknot {string.Join(" ", offer.StartArguments.Select(a => a.Contains(' ') ? $"\"{a}\"" : a))}");
        }
    }
}
