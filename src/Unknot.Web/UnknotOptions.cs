using Unknot.Storage;

namespace Unknot.Web;

/// <summary>Where the web app finds the user's data: the same home folder and database as the CLI.</summary>
public sealed record UnknotOptions(string Home)
{
    /// <summary><c>UNKNOT_HOME</c>, else <c>XDG_DATA_HOME/unknot</c>, else <c>~/.local/share/unknot</c>, from configuration (the environment included).</summary>
    public static UnknotOptions FromEnvironment(IConfiguration configuration) => new(HomeFolder.Resolve(key => configuration[key]));
}
