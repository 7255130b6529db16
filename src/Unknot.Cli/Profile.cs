using Unknot.Dosing;
using Unknot.Progress;
using Unknot.Storage;
using Unknot.Text;

namespace Unknot.Cli;

/// <summary>The user's database and settings, opened once per command that needs them.</summary>
internal sealed class Profile(CliHost host, IUnknotStore store) : IDisposable
{
    public IUnknotStore Store { get; } = store;

    public static Profile Open(CliHost host)
    {
        try
        {
            return new Profile(host, host.OpenStore());
        }
        catch (StoreException e)
        {
            throw new CliError(e.Message);
        }
    }

    /// <summary>The level to use when none was given: the <c>level</c> setting, else standard.</summary>
    public Level Level(string? given) =>
        given is not null ? CommonOptions.ParseLevel(given) : UserSettings.Level(Store.Settings()) ?? Dosing.Level.Standard;

    /// <summary>True when the <c>voice</c> setting is on.</summary>
    public bool Voice => Store.Settings().TryGetValue("voice", out var voice) && voice == "on";

    /// <summary>The user's time zone: the <c>time-zone</c> setting, else the clock's local zone.</summary>
    public TimeZoneInfo Zone => UserSettings.Zone(Store.Settings()) ?? host.Time.LocalTimeZone;

    public void Dispose() => Store.Dispose();
}
