using Unknot.Text;

namespace Unknot.Core.Tests.Text;

public sealed class DurationsTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(45, "45 s")]
    [InlineData(59, "59 s")]
    [InlineData(60, "1 min")]
    [InlineData(89, "1 min")]
    [InlineData(90, "2 min")]
    [InlineData(250, "4 min")]
    public void A_short_length_reads_in_seconds_below_a_minute_and_whole_minutes_above(int seconds, string shown)
    {
        Durations.Short(seconds).ShouldBe(shown);
    }
}
