namespace Unknot.Cli.Tests;

/// <summary>A mistyped command or option gets the one most likely meant, at any depth, as values already did.</summary>
public sealed class MistypedCommandTests
{
    [Theory]
    [InlineData("exercies", "unknown command 'exercies' — did you mean 'unknot exercises'?")]
    [InlineData("strat desk-break", "unknown command 'strat' — did you mean 'unknot start'?")]
    [InlineData("exercises --taget neck", "unknown option '--taget' for 'unknot exercises' — did you mean '--target'?")]
    [InlineData("plan --minuts 5", "unknown option '--minuts' for 'unknot plan' — did you mean '--minutes'?")]
    [InlineData("plan --minuts=5", "unknown option '--minuts' for 'unknot plan' — did you mean '--minutes'?")]
    [InlineData("history edti 0ae8529a", "unknown command 'edti' — did you mean 'unknot history edit'?")]
    [InlineData("history edit 0ae8529a --pain-afer 2", "unknown option '--pain-afer' for 'unknot history edit' — did you mean '--pain-after'?")]
    [InlineData("exercises --zzzzzzzz", "unknown option '--zzzzzzzz' for 'unknot exercises'; 'unknot exercises --help' lists them")]
    [InlineData("wobble", "unknown command 'wobble'; 'unknot --help' lists them")]
    public void A_mistyped_word_is_one_line_naming_what_was_meant(string typed, string said)
    {
        using var cli = new CliRun();

        cli.Run(typed).ShouldBe(2);

        cli.Err.Trim().ShouldBe(said);
        cli.Out.ShouldBeEmpty();
    }
}
