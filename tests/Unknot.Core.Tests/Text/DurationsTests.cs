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

    [Theory]
    [InlineData(0, "0 minutes")]
    [InlineData(1, "1 second")]
    [InlineData(6, "6 seconds")]
    [InlineData(40.4, "40 seconds")]
    [InlineData(59.6, "1 minute")]
    [InlineData(61, "1 minute")]
    [InlineData(90, "1.5 minutes")]
    [InlineData(276, "4.6 minutes")]
    [InlineData(3600, "1 hour")]
    [InlineData(7500, "2 hours 5 minutes")]
    [InlineData(-5, "0 minutes")]
    public void A_length_in_words_says_seconds_below_a_minute_and_never_a_fraction_of_one(double seconds, string expected)
    {
        Durations.Amount(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0.1, "6 seconds")]
    [InlineData(0.5, "30 seconds")]
    [InlineData(12.5, "12.5 minutes")]
    public void Minutes_as_statistics_count_them_read_the_same_way(double minutes, string expected)
    {
        Durations.Minutes(minutes).ShouldBe(expected);
    }
}
