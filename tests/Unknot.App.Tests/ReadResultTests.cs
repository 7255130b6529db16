using Shouldly;
using Unknot.App.Fields;
using Unknot.App.Readers;
using Xunit;

namespace Unknot.App.Tests;

public sealed class ReadResultTests
{
    private static TextInput Text(params (string Key, string? Value)[] fields) => TextInput.Of(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    [Fact]
    public void A_refused_value_gives_its_problem_and_no_value()
    {
        var read = ExerciseFilter.Read(Text(("position", "upside-down")));

        read.Succeeded.ShouldBeFalse();
        read.TryGetValue(out var filter, out var problem).ShouldBeFalse();
        filter.ShouldBeNull();
        problem.Field.ShouldBe("position");
        Should.Throw<FieldException>(() => read.GetValueOrThrow()).Problem.ShouldBe(problem);
    }

    [Fact]
    public void A_failure_stops_what_would_have_followed_it()
    {
        var followed = false;
        var read = JsonInput.Read("{ not json").Then(body =>
        {
            followed = true;
            return SessionEdit.Read(body);
        });

        followed.ShouldBeFalse();
        read.Problem!.Message.ShouldStartWith("the body is not valid JSON (line 1");
    }

    [Fact]
    public void A_value_read_goes_on_to_the_next_reader()
    {
        var read = JsonInput.Read("""{"painAfter": 3}""").Then(SessionEdit.Read);

        read.TryGetValue(out var edit).ShouldBeTrue();
        edit!.PainAfter.ShouldBe(3);
    }
}
