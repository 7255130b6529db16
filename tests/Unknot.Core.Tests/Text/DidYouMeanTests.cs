using Unknot.Testing;
using Unknot.Text;

namespace Unknot.Core.Tests.Text;

public sealed class DidYouMeanTests
{
    [Theory]
    [InlineData("latteral-neck", "lateral-neck-stretch")]
    [InlineData("cat-cw", "cat-cow")]
    [InlineData("childs-poze", "childs-pose")]
    [InlineData("butterfly", "butterfly-wings")]
    public void A_mistyped_id_suggests_the_intended_one(string typed, string expected)
    {
        DidYouMean.Suggest(typed, Builtins.ExpectedIds).ShouldBe(expected);
    }

    [Fact]
    public void Nothing_close_suggests_nothing()
    {
        DidYouMean.Suggest("quadriceps-foam-roll", Builtins.ExpectedIds).ShouldBeNull();
    }
}
