using System.CommandLine;
using Unknot.App.Fields;
using Unknot.App.Readers;
using Unknot.App.Workspaces;
using Unknot.Catalog;
using Unknot.Cli.Completion;
using Unknot.Planning;
using Unknot.Preferences;
using Unknot.Text;

namespace Unknot.Cli.Commands;

/// <summary>The options of a plan request, shared by <c>unknot plan</c> and <c>unknot start --plan</c>; read by the shared reader.</summary>
/// <param name="host">Where the tags offered for <c>--avoid</c> are read from: the user's library.</param>
internal sealed class PlanOptions(CliHost host)
{
    public Option<string?> Minutes { get; } = new("--minutes", "-m") { Description = $"Minutes you have ({PlanRequest.MinMinutes}-{PlanRequest.MaxMinutes}); the routine, transitions included, stays within them" };

    public Option<string?> Place { get; } = new Option<string?>("--place", "-p") { Description = $"Where you are: {string.Join(", ", Kebab.All<Place>())}" }.Offering(Kebab.All<Place>);

    public Option<string?> Equipment { get; } = new Option<string?>("--equipment", "-e") { Description = $"What you have, comma-separated: {string.Join(", ", Kebab.All<Equipment>())} (default none; a chair is assumed at a desk)" }
        .OfferingList(Kebab.All<Equipment>);

    public Option<string?> Focus { get; } = new Option<string?>("--focus", "-f") { Description = $"Areas to cover, comma-separated: {string.Join(", ", Kebab.All<Target>())}" }.OfferingList(Kebab.All<Target>);

    public Option<string?> Goal { get; } = new Option<string?>("--goal", "-g") { Description = $"{string.Join(", ", Kebab.All<Goal>())} (default relief)" }.Offering(Kebab.All<Goal>);

    public Option<string?> Avoid { get; } = new Option<string?>("--avoid", "-a") { Description = "Tags never to choose, comma-separated: kneeling, floor, neck, overhead, self-massage, wall…" }
        .OfferingList(() => Choices.Tags(host));

    public Option<string?> Level { get; } = CommonOptions.Level();

    public Option<string?> Sets { get; } = new("--sets") { Description = $"Play each exercise this many times in a row (1-{PlanRequest.MaxSets}, default 1); the minutes hold them all" };

    public Option<string?> Seed { get; } = new("--seed") { Description = "A number for variety: the same seed always gives the same routine (default 0)" };

    public IEnumerable<Option> All => [Minutes, Place, Equipment, Focus, Goal, Avoid, Level, Sets, Seed];

    /// <summary>The options as the reader's fields; <paramref name="level"/> fills in a level the options lack.</summary>
    public TextInput Fields(ParseResult parse, string? level = null) => Fields(parse, level, []);

    /// <summary>The options as the reader's fields, with <paramref name="more"/> of a command's own.</summary>
    public TextInput Fields(ParseResult parse, string? level, IEnumerable<Option<string?>> more)
    {
        var fields = All.Cast<Option<string?>>().Concat(more)
            .Select(o => KeyValuePair.Create(o.Name.TrimStart('-'), parse.GetValue(o)))
            .Select(f => f.Key == "level" && f.Value is null ? KeyValuePair.Create("level", level) : f);
        return TextInput.Of(fields);
    }

    /// <summary>Turns the parsed options into a request, or fails with the one line that says what is wrong.</summary>
    public PlanRequest Read(ParseResult parse, ExerciseCatalog catalog, UserPreferences preferences, string? level = null) =>
        CliError.ValueOf(PlanRequestReader.Read(Fields(parse, level), catalog, preferences));

    /// <summary>Plans with the request, or fails with the planner's reason, worded for the terminal.</summary>
    public static Plan PlanOrFail(Library library, PlanRequest request, string routineId)
    {
        var result = Planner.Plan(library.Catalog, request, routineId);
        return result.Plan ?? throw new CliError(Explain(result.Failure!));
    }

    /// <summary>Why a plan falls short, with the offers as the options that take them, in one line; null when it does not.</summary>
    public static string? Shortfall(Plan plan)
    {
        if (plan.Shortfall is not { } shortfall)
        {
            return null;
        }
        var offers = shortfall.Offers.Select(o => o.Sets != plan.Request.Sets
            ? $"--sets {o.Sets} ({Durations.Clock(o.Seconds)})"
            : $"--level {Kebab.Of(o.Level)} ({Durations.Clock(o.Seconds)})").ToArray();
        return offers.Length == 0
            ? $"{shortfall.Message}."
            : $"{shortfall.Message}; to fill more: {string.Join(" or ", offers)}.";
    }

    /// <summary>The planner's reason with the terminal's remedy.</summary>
    public static string Explain(PlanFailure failure) => failure.Kind == PlanFailureKind.NeedsEquipment
        ? $"{failure.Message}; add it with --equipment {string.Join(",", failure.MissingEquipment.Select(Kebab.Of))}"
        : failure.Message;
}
