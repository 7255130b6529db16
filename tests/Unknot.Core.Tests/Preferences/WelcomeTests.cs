using Unknot.Planning;
using Unknot.Preferences;

namespace Unknot.Core.Tests.Preferences;

public sealed class WelcomeTests
{
    [Fact]
    public void The_welcome_is_due_for_a_new_person_only()
    {
        UserPreferences.WelcomeDue(new Dictionary<string, string>(), anySession: false).ShouldBeTrue();
        UserPreferences.WelcomeDue(new Dictionary<string, string> { ["level"] = "deep" }, anySession: false).ShouldBeTrue("a level alone does not answer it");
        UserPreferences.WelcomeDue(new Dictionary<string, string> { ["focus"] = "all" }, anySession: false).ShouldBeFalse("skipped");
        UserPreferences.WelcomeDue(new Dictionary<string, string>(), anySession: true).ShouldBeFalse("someone who has played before is not welcomed again");
    }

    [Fact]
    public void The_focus_setting_takes_the_three_parts_or_all_and_names_them_when_wrong()
    {
        UserPreferences.From(new Dictionary<string, string> { ["focus"] = "upper-back" }).Focus.ShouldBe(FocusArea.UpperBack);
        new UserPreferences().Focus.ShouldBe(FocusArea.All);
        UserPreferences.Check("focus", "elbow").ShouldNotBeNull().ShouldContain("neck");
        UserPreferences.Choices("focus").ShouldBe(["all", "neck", "upper-back", "shoulders"]);
    }
}
