using Unknot.Storage.Sqlite;

namespace Unknot.Cli.Tests;

/// <summary>Pain before and after a session, given as options or asked in a terminal.</summary>
public sealed class PainScoreCommandTests
{
    [Fact]
    public void Pain_scores_and_a_note_given_as_options_are_stored_with_the_session()
    {
        using var cli = new CliRun();

        cli.Play("start desk-break --plain --pain-before 6 --pain-after 3 --note \"after the standup\"");

        cli.OutLines()[^1].ShouldBe("Pain 6 → 3 (-3).");
        cli.Run("history --json").ShouldBe(0);
        var session = cli.Json().EnumerateArray().ShouldHaveSingleItem();
        session.GetProperty("routine").GetString().ShouldBe("desk-break");
        session.GetProperty("painBefore").GetInt32().ShouldBe(6);
        session.GetProperty("painAfter").GetInt32().ShouldBe(3);
        session.GetProperty("note").GetString().ShouldBe("after the standup");
        session.GetProperty("completed").GetBoolean().ShouldBeTrue();
        session.GetProperty("skipped").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("start desk-break --pain-before 14", "--pain-before: a pain score is from 0 to 10, got 14")]
    [InlineData("start desk-break --pain-after -1", "--pain-after: a pain score is from 0 to 10, got -1")]
    [InlineData("start desk-break --pain-before lots", "--pain-before: a pain score is a whole number from 0 to 10, got 'lots'")]
    public void A_pain_score_outside_0_to_10_is_refused_before_anything_starts(string commandLine, string expected)
    {
        using var cli = new CliRun();

        cli.Run(commandLine).ShouldBe(2);

        cli.Err.Trim().ShouldBe(expected);
        cli.Out.ShouldBeEmpty();
        File.Exists(cli.DatabasePath).ShouldBeFalse();
    }

    [Fact]
    public void In_a_terminal_pain_is_asked_before_and_after_and_enter_skips()
    {
        using var cli = new CliRun { IsTerminal = true };
        cli.Typed.Enqueue("eleven");
        cli.Typed.Enqueue("7");
        cli.Typed.Enqueue("");

        cli.Play("start lacrosse-release --plain");

        cli.Out.ShouldContain("a pain score is a whole number from 0 to 10, got 'eleven'");
        using var store = SqliteStore.Open(cli.DatabasePath, cli.Clock);
        var session = store.AllSessions().ShouldHaveSingleItem();
        session.PainBefore!.Value.Value.ShouldBe(7);
        session.PainAfter.ShouldBeNull();
    }
}
