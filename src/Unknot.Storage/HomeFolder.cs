namespace Unknot.Storage;

/// <summary>Where a user's Unknot data lives, found the same way by the CLI and the web app.</summary>
public static class HomeFolder
{
    /// <summary>The database's file name inside the home folder.</summary>
    public const string DatabaseFile = "unknot.db";

    /// <summary><c>UNKNOT_HOME</c>, else <c>XDG_DATA_HOME/unknot</c>, else <c>~/.local/share/unknot</c>, read through <paramref name="setting"/>.</summary>
    public static string Resolve(Func<string, string?> setting)
    {
        var home = setting("UNKNOT_HOME");
        if (!string.IsNullOrWhiteSpace(home))
        {
            return home;
        }
        var data = setting("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(data))
        {
            data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }
        return Path.Combine(data, "unknot");
    }
}
