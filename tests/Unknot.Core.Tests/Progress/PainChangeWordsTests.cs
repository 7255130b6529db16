using Unknot.Progress;

namespace Unknot.Core.Tests.Progress;

public sealed class PainChangeWordsTests
{
    [Theory]
    [InlineData(-2.3, "pain 2.3 lower on average")]
    [InlineData(0.5, "pain 0.5 higher on average")]
    [InlineData(-1, "pain 1.0 lower on average")]
    [InlineData(0.04, "no change")]
    [InlineData(-0.04, "no change")]
    [InlineData(0.0, "no change")]
    public void An_average_change_says_which_way_pain_went(double change, string expected)
    {
        PainChangeWords.Average(change).ShouldBe(expected);
    }

    [Fact]
    public void No_rated_session_is_said_so()
    {
        PainChangeWords.Average(null).ShouldBe("not rated yet");
    }

    [Theory]
    [InlineData(4, 2, "4 → 2, 2 lower")]
    [InlineData(3, 5, "3 → 5, 2 higher")]
    [InlineData(3, 3, "3 → 3, no change")]
    [InlineData(6, null, "6 before, after not rated")]
    [InlineData(null, 1, "1 after, before not rated")]
    [InlineData(null, null, "not rated yet")]
    public void One_sessions_pain_says_before_after_and_the_change(int? before, int? after, string expected)
    {
        PainChangeWords.Session(before is { } b ? new PainScore(b) : null, after is { } a ? new PainScore(a) : null).ShouldBe(expected);
    }
}
