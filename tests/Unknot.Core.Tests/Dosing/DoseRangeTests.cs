using Unknot.Dosing;

namespace Unknot.Core.Tests.Dosing;

public sealed class DoseRangeTests
{
    [Theory]
    [InlineData(10, 20, Level.Gentle, 10)]
    [InlineData(10, 20, Level.Standard, 15)]
    [InlineData(10, 20, Level.Deep, 20)]
    [InlineData(5, 10, Level.Standard, 8)]
    [InlineData(30, 30, Level.Deep, 30)]
    public void A_range_plays_its_low_end_middle_or_high_end_by_level(int min, int max, Level level, int expected)
    {
        new DoseRange(min, max).At(level).ShouldBe(expected);
    }

    [Theory]
    [InlineData("30", 30, 30)]
    [InlineData("10-20", 10, 20)]
    [InlineData("10 – 20", 10, 20)]
    public void Text_parses_as_a_number_or_a_range(string text, int min, int max)
    {
        DoseRange.TryParse(text, out var low, out var high).ShouldBeTrue();
        (low, high).ShouldBe((min, max));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ten")]
    [InlineData("1-2-3")]
    public void Other_text_does_not_parse(string text)
    {
        DoseRange.TryParse(text, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_range_cannot_be_built_backwards()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new DoseRange(20, 10)).ParamName.ShouldBe("max");
    }
}
