using Unknot.Catalog;
using Unknot.Planning;
using Unknot.Progress;
using Unknot.Text;

namespace Unknot.Core.Tests.Text;

public sealed class PlainTests
{
    [Fact]
    public void Vocabulary_words_read_as_words_a_person_says()
    {
        Plain.Of(Equipment.LacrosseBall).ShouldBe("lacrosse ball");
        Plain.Of(Target.LevatorScapulae).ShouldBe("levator scapulae");
        Plain.Of(Position.FloorKneeling).ShouldBe("kneeling on the floor");
        Plain.Of(Position.Quadruped).ShouldBe("on hands and knees");
        Plain.Of(ExerciseKind.StaticHold).ShouldBe("held stretch");
        Plain.Of(Goal.WarmUp).ShouldBe("warming up");
        Plain.Tag("self-massage").ShouldBe("self-massage");
        Plain.Tag("upper-body").ShouldBe("upper body");
    }

    [Fact]
    public void Stopped_and_unfinished_sessions_read_apart()
    {
        Plain.Of(SessionStatus.Finished).ShouldBe("finished");
        Plain.Of(SessionStatus.Stopped).ShouldBe("stopped early");
        Plain.Of(SessionStatus.Unfinished).ShouldBe("left mid-way");
    }

    [Fact]
    public void No_word_of_any_vocabulary_reads_as_its_kebab_case_id()
    {
        var words = new[]
        {
            Plain.All<Equipment>(), Plain.All<Target>(), Plain.All<Position>(), Plain.All<ExerciseKind>(), Plain.All<ExerciseContext>(),
            Plain.All<Goal>(), Plain.All<Place>(), Plain.All<Unknot.Dosing.Level>(), Plain.All<SessionStatus>(), Plain.All<Unknot.Reminders.BreakPlayer>(),
        }.SelectMany(all => all).ToArray();

        words.ShouldAllBe(w => !w.Words.Contains('-') || w.Words.Contains(' '), "a hyphen stays only inside a phrase, like 'left mid-way'");
        words.Where(w => w.Word.Contains('-')).ShouldAllBe(w => w.Words != w.Word);
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "neck" }, "neck")]
    [InlineData(new[] { "neck", "chest" }, "neck and chest")]
    [InlineData(new[] { "neck", "chest", "lats" }, "neck, chest and lats")]
    public void A_list_reads_as_a_sentence_says_it(string[] words, string expected)
    {
        Plain.And(words).ShouldBe(expected);
    }
}
