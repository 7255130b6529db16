namespace Unknot.Web.Tests;

/// <summary>
/// The browser tests of the site, the player's sessions and the figures: one server and one browser for all of them,
/// one test at a time (what one leaves on the server, such as a session, the next may meet).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SiteBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Site in a browser";
}

/// <summary>The player on the screens people play it on: one server and one browser of their own, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PlayerBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Player in a browser";
}
