using Unknot.Catalog;
using Unknot.Planning;
using Unknot.Progress;
using Unknot.Reminders;

namespace Unknot.Text;

/// <summary>
/// The words a page shows for a vocabulary word, where <see cref="Kebab"/> gives the word typed and stored:
/// <c>lacrosse-ball</c> reads "lacrosse ball", <c>floor-kneeling</c> "kneeling on the floor", a stopped session
/// "stopped early". Values, links and the command line keep the kebab-case word.
/// </summary>
public static class Plain
{
    /// <summary>The words for an enum member: its own where one is written here, else its kebab-case word with spaces.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Named.TryGetValue(value, out var words) ? words : Kebab.Of(value).Replace('-', ' ');

    /// <summary>The words for an exercise tag: <c>upper-body</c> reads "upper body"; <c>self-massage</c> is an English word and stays.</summary>
    public static string Tag(string tag) => EnglishWords.Contains(tag) ? tag : tag.Replace('-', ' ');

    /// <summary>Tags that are words of English with their hyphen, which a page writes as they are.</summary>
    public static readonly IReadOnlySet<string> EnglishWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "self-massage" };

    /// <summary>The words of each member of <typeparamref name="TEnum"/>, in declaration order, beside the kebab-case word a form sends.</summary>
    public static IReadOnlyList<(string Word, string Words)> All<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (Kebab.Of(v), Of(v))).ToArray();

    /// <summary>Several members joined for a sentence: "chair and wall", "neck, chest and lats".</summary>
    public static string List<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum => And(values.Select(Of).ToArray());

    /// <summary>Words joined for a sentence: "a", "a and b", "a, b and c".</summary>
    public static string And(IReadOnlyList<string> words) => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => $"{string.Join(", ", words.Take(words.Count - 1))} and {words[^1]}",
    };

    // Only the members whose kebab-case word, with spaces, would not read well.
    private static readonly Dictionary<Enum, string> Named = new()
    {
        [Planning.FocusArea.All] = "all of it, or nothing in particular",
        [ExerciseKind.StaticHold] = "held stretch",
        [ExerciseKind.Dynamic] = "moving stretch",
        [ExerciseKind.SelfMassage] = "massage",
        [Position.FloorKneeling] = "kneeling on the floor",
        [Position.FloorSeated] = "sitting on the floor",
        [Position.Quadruped] = "on hands and knees",
        [Position.AgainstWall] = "against a wall",
        [Goal.WarmUp] = "warming up",
        [Goal.CoolDown] = "cooling down",
        [Goal.DeskBreak] = "a break at the desk",
        [ExerciseContext.WarmUp] = "warming up",
        [ExerciseContext.CoolDown] = "cooling down",
        [ExerciseContext.Desk] = "a break at the desk",
        [SessionStatus.Stopped] = "stopped early",
        [SessionStatus.Unfinished] = "left mid-way",
        [BreakPlayer.Web] = "browser",
    };
}
