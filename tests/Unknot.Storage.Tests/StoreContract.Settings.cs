namespace Unknot.Storage.Tests;

// A user's settings.
public abstract partial class StoreContract
{
    [Fact]
    public void Settings_are_set_changed_and_removed()
    {
        using var store = Open();

        store.SetSetting("level", "deep");
        store.SetSetting("voice", "on");
        store.SetSetting("level", "gentle");
        store.SetSetting("voice", null);

        store.Settings().ShouldBe(new Dictionary<string, string> { ["level"] = "gentle" });
    }
}
