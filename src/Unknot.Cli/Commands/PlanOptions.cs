using System.CommandLine;
using System.Globalization;
using Unknot.Catalog;
using Unknot.Planning;
using Unknot.Text;

namespace Unknot.Cli.Commands;

/// <summary>The options of a plan request, shared by <c>unknot plan</c> and <c>unknot start --plan</c>.</summary>
internal sealed class PlanOptions
{
    public Option<string> Minutes { get; } = new("--minutes", "-m") { Description = $"Minutes you have ({PlanRequest.MinMinutes}-{PlanRequest.MaxMinutes}); the routine, transitions included, stays within them", Required = true };

    public Option<string> Place { get; } = new("--place", "-p") { Description = $"Where you are: {string.Join(", ", Kebab.All<Place>())}", Required = true };

    public Option<string?> Equipment { get; } = new("--equipment", "-e") { Description = $"What you have, comma-separated: {string.Join(", ", Kebab.All<Equipment>())} (default none; a chair is assumed at a desk)" };

    public Option<string?> Focus { get; } = new("--focus", "-f") { Description = $"Areas to cover, comma-separated: {string.Join(", ", Kebab.All<Target>())}" };

    public Option<string?> Goal { get; } = new("--goal", "-g") { Description = $"{string.Join(", ", Kebab.All<Goal>())} (default relief)" };

    public Option<string?> Avoid { get; } = new("--avoid", "-a") { Description = "Tags never to choose, comma-separated: kneeling, floor, neck, overhead, self-massage, wall…" };

    public Option<string> Level { get; } = CommonOptions.Level();

    public Option<string?> Seed { get; } = new("--seed") { Description = "A number for variety: the same seed always gives the same routine (default 0)" };

    public IEnumerable<Option> All => [Minutes, Place, Equipment, Focus, Goal, Avoid, Level, Seed];

    /// <summary>Turns the parsed options into a request, or fails with the one line that says what is wrong.</summary>
    public PlanRequest Read(ParseResult parse, ExerciseCatalog catalog)
    {
        var minutesText = parse.GetValue(Minutes);
        if (!int.TryParse(minutesText, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes is < PlanRequest.MinMinutes or > PlanRequest.MaxMinutes)
        {
            throw new CliError($"--minutes must be a whole number from {PlanRequest.MinMinutes} to {PlanRequest.MaxMinutes}, got '{minutesText}'");
        }
        var place = CommonOptions.ParseWord<Place>(parse.GetValue(Place), "place");
        var equipment = Words(parse.GetValue(Equipment))
            .Where(w => !string.Equals(w, "none", StringComparison.OrdinalIgnoreCase))
            .Select(w => CommonOptions.ParseWord<Equipment>(w, "equipment"))
            .Distinct()
            .ToArray();
        var focus = Words(parse.GetValue(Focus)).Select(w => CommonOptions.ParseWord<Target>(w, "focus area")).Distinct().ToArray();
        var goal = parse.GetValue(Goal) is { } g ? CommonOptions.ParseWord<Goal>(g, "goal") : Unknot.Planning.Goal.Relief;
        var known = ExerciseTags.Known(catalog);
        var avoid = Words(parse.GetValue(Avoid)).Select(w => w.ToLowerInvariant()).Distinct().ToArray();
        foreach (var tag in avoid.Where(t => !known.Contains(t)))
        {
            throw new CliError($"unknown tag '{tag}' — known: {string.Join(", ", known)}");
        }
        var seedText = parse.GetValue(Seed);
        var seed = 0;
        if (seedText is not null && !int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
        {
            throw new CliError($"--seed must be a whole number, got '{seedText}'");
        }
        return new PlanRequest(minutes, place)
        {
            Equipment = equipment,
            Focus = focus,
            Goal = goal,
            Avoid = avoid,
            Level = CommonOptions.ParseLevel(parse.GetValue(Level)),
            Seed = seed,
        };
    }

    /// <summary>Plans with the request, or fails with the planner's one line.</summary>
    public static Plan PlanOrFail(Library library, PlanRequest request, string routineId)
    {
        var result = Planner.Plan(library.Catalog, request, routineId);
        return result.Plan ?? throw new CliError(result.Failure!);
    }

    private static IEnumerable<string> Words(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
