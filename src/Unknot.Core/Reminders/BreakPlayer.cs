namespace Unknot.Reminders;

/// <summary>Where a desktop reminder's Start opens the break (the <c>remind-player</c> setting).</summary>
public enum BreakPlayer
{
    /// <summary>The web player, in the browser, when Unknot's web app is running; else the terminal player.</summary>
    Web,

    /// <summary>The terminal player, in a new terminal window.</summary>
    Terminal,
}
