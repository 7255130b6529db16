using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.Preferences;
using Unknot.Testing;

namespace Unknot.App.Tests;

/// <summary>A form's problems: all of them at once, each a sentence for its own field.</summary>
public sealed class FormProblemTests
{
    private static TextInput Text(params (string Key, string? Value)[] fields) => TextInput.Of(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    [Fact]
    public void The_planner_form_says_every_bad_field_at_once_in_sentences()
    {
        var problems = new FormProblems();

        var request = PlanRequestReader.ReadForm(Text(("minutes", "500"), ("place", "desk"), ("sets", "9"), ("level", "hard")), Builtins.Catalog, new UserPreferences(), problems);

        request.ShouldBeNull();
        problems.All.ShouldBe([
            new FieldProblem("minutes", "Choose between 1 and 120 minutes."),
            new FieldProblem("level", "Choose a level from the list."),
            new FieldProblem("sets", "Choose between 1 and 4 sets of each."),
        ]);
        problems.For("sets").ShouldBe("Choose between 1 and 4 sets of each.");
        problems.For("place").ShouldBeNull();
    }

    [Fact]
    public void A_good_planner_form_reads_as_the_api_reads_it()
    {
        var problems = new FormProblems();
        var fields = Text(("minutes", "12"), ("place", "home"), ("equipment", "wall"), ("focus", "neck"), ("sets", "2"), ("seed", "3"));

        var request = PlanRequestReader.ReadForm(fields, Builtins.Catalog, new UserPreferences(), problems);

        problems.None.ShouldBeTrue();
        PlanRequestReader.ToQuery(request!).ShouldBe(PlanRequestReader.ToQuery(PlanRequestReader.Read(fields, Builtins.Catalog, new UserPreferences()).GetValueOrThrow()));
    }

    [Theory]
    [InlineData("beep-volume", "101", "Choose a volume between 0 and 100.")]
    [InlineData("remind-every", "4x", "Give a length from 5s to 8h, such as 45m or 1h30m.")]
    [InlineData("time-zone", "Mars/Olympus", "Unknot does not know the time zone ‘Mars/Olympus’: give a name such as Europe/Paris or America/New_York.")]
    [InlineData("remind-max-repeats", "11", "Choose between 0 and 10 times.")]
    public void A_refused_setting_is_said_in_a_sentence_for_the_form(string key, string value, string sentence)
    {
        SettingReader.Read(key, value).Succeeded.ShouldBeFalse();
        SettingReader.Sentence(key, value).ShouldBe(sentence);
    }
}
