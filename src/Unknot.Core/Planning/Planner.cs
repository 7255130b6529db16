using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Routines;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Planning;

/// <summary>Builds the best routine for a request: see docs/planner.md for the score and the search.</summary>
public static class Planner
{
    /// <summary>Up to this many eligible exercises the search is exhaustive (branch and bound); above it, greedy plus local search.</summary>
    public const int ExactLimit = 24;

    /// <summary>Plans a routine for <paramref name="request"/> from <paramref name="catalog"/>.</summary>
    public static PlanResult Plan(ExerciseCatalog catalog, PlanRequest request, string routineId = "plan")
    {
        var result = PlanOnce(catalog, request, routineId, out var model);
        if (result.Plan is { } plan && plan.Timeline.TotalSeconds < request.FillSeconds)
        {
            return result with { Plan = plan with { Shortfall = Shortfall(catalog, plan, model.Candidates.Count) } };
        }
        return result;
    }

    /// <summary>How many next seeds <see cref="Another"/> tries before it says no other routine fits.</summary>
    public const int AnotherTries = 12;

    /// <summary>
    /// The request for another routine from the same choices: the next seeds in turn, up to <see cref="AnotherTries"/>,
    /// until one plans other exercises or the same in another order; null when none does (the choices leave one routine).
    /// </summary>
    public static PlanRequest? Another(ExerciseCatalog catalog, Plan plan)
    {
        var shown = plan.Picks.Select(p => p.Exercise.Id).ToArray();
        for (var step = 1; step <= AnotherTries; step++)
        {
            var next = plan.Request with { Seed = unchecked(plan.Request.Seed + step) };
            if (PlanOnce(catalog, next, "plan", out _).Plan is { } other && !other.Picks.Select(p => p.Exercise.Id).SequenceEqual(shown))
            {
                return next;
            }
        }
        return null;
    }

    /// <summary>
    /// Why <paramref name="plan"/> falls short, and the offers that fill more: each number of sets up to
    /// <see cref="PlanRequest.MaxSets"/> and the next longer level, planned in turn; kept when it plans longer, the
    /// fullest first and, of equal ones, the smaller change.
    /// </summary>
    private static PlanShortfall Shortfall(ExerciseCatalog catalog, Plan plan, int suitable)
    {
        var request = plan.Request;
        var changes = Enumerable.Range(request.Sets + 1, Math.Max(0, PlanRequest.MaxSets - request.Sets)).Select(sets => request with { Sets = sets }).ToList();
        if (request.Level < Level.Deep)
        {
            changes.Add(request with { Level = request.Level + 1 });
        }
        var offers = changes
            .Select(change => PlanOnce(catalog, change, "plan", out _).Plan)
            .Where(p => p is not null && p.Timeline.TotalSeconds > plan.Timeline.TotalSeconds)
            .Select(p => new PlanOffer(p!.Request, p.Timeline.TotalSeconds))
            .OrderByDescending(o => Math.Min(o.Seconds, request.FillSeconds))
            .ThenBy(o => o.Sets)
            .ThenBy(o => o.Level)
            .ToArray();
        // Of the sets, only the one that fills best is worth offering; the level stands beside it.
        var bestSets = offers.FirstOrDefault(o => o.Sets > request.Sets);
        var kept = offers.Where(o => o.Sets == request.Sets || o == bestSets).ToArray();
        return new PlanShortfall(plan.Timeline.TotalSeconds, request.BudgetSeconds, suitable, plan.Picks.Count == suitable, kept);
    }

    private static PlanResult PlanOnce(ExerciseCatalog catalog, PlanRequest request, string routineId, out PlanModel model)
    {
        var failure = Explain(catalog, request, out model);
        if (failure is not null)
        {
            return new PlanResult(null, failure);
        }
        var exact = model.Candidates.Count <= ExactLimit;
        var chosen = exact ? PlanSearch.Exact(model).Chosen : PlanSearch.Large(model);
        if (chosen.Count == 0)
        {
            var shortest = model.Candidates.MinBy(c => c.DoseSeconds + TransitionRules.PrepareSeconds(c.Exercise.MainPosition))!;
            return new PlanResult(null, new PlanFailure(PlanFailureKind.TooShort,
                $"no exercise fits in {Minutes(request.Minutes)}: the shortest that suits the rest of the request, {shortest.Exercise.Id}, " +
                $"takes {Durations.Clock(shortest.DoseSeconds + TransitionRules.PrepareSeconds(shortest.Exercise.MainPosition))}", []));
        }
        return new PlanResult(Build(model, chosen, routineId, exact), null);
    }

    /// <summary>
    /// The value of an arbitrary set of exercises for a request, as the planner scores it, with the set played in
    /// plan order; null when one of them breaks the request's rules. The time limit is not checked here.
    /// </summary>
    public static PlanValue? Evaluate(ExerciseCatalog catalog, PlanRequest request, IEnumerable<ExerciseId> exercises) =>
        Scorer(catalog, request)(exercises);

    /// <summary><see cref="Evaluate"/> with the request's work done once, for scoring many sets.</summary>
    public static Func<IEnumerable<ExerciseId>, PlanValue?> Scorer(ExerciseCatalog catalog, PlanRequest request)
    {
        var model = Model(catalog, request);
        var byId = model.Candidates.Select((c, i) => (c.Exercise.Id, i)).ToDictionary(p => p.Id, p => p.i);
        return exercises =>
        {
            var indices = new List<int>();
            foreach (var id in exercises)
            {
                if (!byId.TryGetValue(id, out var index))
                {
                    return null;
                }
                indices.Add(index);
            }
            return Selection.Evaluate(model, indices);
        };
    }

    /// <summary>The exercises of a set in the order a plan plays them.</summary>
    public static IReadOnlyList<Exercise> Order(ExerciseCatalog catalog, PlanRequest request, IEnumerable<ExerciseId> exercises)
    {
        var model = Model(catalog, request);
        var wanted = exercises.ToHashSet();
        return model.Order(model.Candidates.Where(c => wanted.Contains(c.Exercise.Id))).Select(c => c.Exercise).ToArray();
    }

    /// <summary>The exact search whatever the catalog's size, for checking the fast one; also returns the nodes visited.</summary>
    public static (Plan? Plan, long Nodes) PlanExactly(ExerciseCatalog catalog, PlanRequest request)
    {
        if (Explain(catalog, request, out var model) is not null)
        {
            return (null, 0);
        }
        var (chosen, nodes) = PlanSearch.Exact(model);
        return (chosen.Count == 0 ? null : Build(model, chosen, "plan", exact: true), nodes);
    }

    private static PlanModel Model(ExerciseCatalog catalog, PlanRequest request) => Model(catalog, request, out _);

    /// <summary>The model of the exercises that break no rule, and the rule each exercise breaks (null for none), checked once each.</summary>
    private static PlanModel Model(ExerciseCatalog catalog, PlanRequest request, out (Exercise Exercise, Rejection? Rejection)[] rejections)
    {
        rejections = catalog.All.Select(e => (e, PlanConstraints.Check(e, request))).ToArray();
        var eligible = new List<Exercise>();
        var indices = new List<int>();
        for (var i = 0; i < rejections.Length; i++)
        {
            if (rejections[i].Rejection is null)
            {
                eligible.Add(rejections[i].Exercise);
                indices.Add(i);
            }
        }
        return new PlanModel(request, eligible, indices);
    }

    /// <summary>Null when the request can be planned; otherwise why not.</summary>
    private static PlanFailure? Explain(ExerciseCatalog catalog, PlanRequest request, out PlanModel model)
    {
        model = Model(catalog, request, out var rejections);
        if (model.Candidates.Count == 0)
        {
            return Why(rejections.Where(r => r.Rejection is not null).ToArray(), request, "exercise");
        }
        foreach (var focus in request.Focus)
        {
            var reaching = rejections.Where(r => r.Exercise.Targets.Contains(focus)).ToArray();
            if (reaching.Length == 0)
            {
                return new PlanFailure(PlanFailureKind.FocusUnknown, $"no exercise fits: no exercise in the catalog targets the {Plain.Of(focus)}", []);
            }
            if (reaching.All(r => r.Rejection is not null))
            {
                return Why(reaching, request, $"{Plain.Of(focus)} exercise");
            }
        }
        return null;
    }

    private static PlanFailure Why((Exercise Exercise, Rejection? Rejection)[] ruledOut, PlanRequest request, string what)
    {
        var (kind, reason, missing) = Reason(ruledOut, request, what);
        return new PlanFailure(kind, $"no exercise fits: {reason}", missing);
    }

    private static (PlanFailureKind, string, IReadOnlyList<Equipment>) Reason((Exercise Exercise, Rejection? Rejection)[] ruledOut, PlanRequest request, string what)
    {
        var kinds = ruledOut.Select(r => r.Rejection!.Kind).Distinct().ToArray();
        if (kinds.Length == 1)
        {
            switch (kinds[0])
            {
                case RejectionKind.Place:
                    return (PlanFailureKind.NothingFits, $"place '{Plain.Of(request.Place)}' rules out the floor and every {what} needs the floor", []);
                case RejectionKind.Equipment:
                    var missing = ruledOut.SelectMany(r => r.Exercise.Equipment).Where(e => !request.Available.Contains(e)).Distinct().ToArray();
                    return (PlanFailureKind.NeedsEquipment, $"every {what} needs equipment you did not list ({string.Join(", ", missing.Select(Plain.Of))})", missing);
                case RejectionKind.Avoid:
                    return (PlanFailureKind.NothingFits, $"you avoid {string.Join(", ", request.Avoid.Select(a => $"'{Plain.Tag(a)}'"))} and every {what} is tagged so", []);
            }
        }
        var reasons = ruledOut.Take(4).Select(r => $"{r.Exercise.Name} {r.Rejection!.Reason}");
        return (PlanFailureKind.NothingFits, $"every {what} is ruled out: {string.Join(", ", reasons)}{(ruledOut.Length > 4 ? ", …" : "")}", []);
    }

    private static Plan Build(PlanModel model, IReadOnlyList<int> chosen, string routineId, bool exact)
    {
        var request = model.Request;
        var ordered = model.Order(chosen.Select(i => model.Candidates[i]));
        var routine = new Routine(routineId, Name(request), Description(request),
            ordered.SelectMany(c => Enumerable.Repeat(new RoutineItem(c.Exercise.Id), request.Sets)).ToArray(), RoutineOrigin.Planned);
        var catalog = new ExerciseCatalog(ordered.Select(c => c.Exercise));
        var timeline = TimelineCompiler.Compile(routine, catalog, request.Level);
        var value = Selection.Evaluate(model, chosen);
        if (timeline.TotalSeconds != value.Seconds)
        {
            throw new InvalidOperationException($"planner timed the routine at {value.Seconds} s but it compiles to {timeline.TotalSeconds} s");
        }
        var picks = ordered.Select(c => new PlanPick(c.Exercise, c.DoseSeconds, Reason(c.Exercise, request))).ToArray();
        return new Plan(request, routine, timeline, picks, value, exact);
    }

    private static string Reason(Exercise exercise, PlanRequest request)
    {
        var parts = new List<string>();
        var focus = exercise.Targets.Where(request.Focus.Contains).Select(Plain.Of).ToArray();
        parts.Add(focus.Length > 0
            ? $"covers {string.Join(", ", focus)}"
            : $"reaches {string.Join(", ", exercise.Targets.Take(2).Select(Plain.Of))}");
        if (PlanScore.Fit(exercise, request.Goal, request.Level) >= 0.9)
        {
            parts.Add(request.Goal switch
            {
                Goal.WarmUp => "moves you through a range",
                Goal.CoolDown => exercise.Kind == ExerciseKind.SelfMassage ? "slow release" : "long static hold",
                Goal.DeskBreak => "made for a desk",
                _ => "eases tension",
            });
        }
        parts.Add(exercise.Equipment.Count == 0 ? "no equipment" : $"uses {string.Join(", ", exercise.Equipment.Select(Plain.Of))}");
        parts.Add(Plain.Of(exercise.MainPosition));
        return string.Join("; ", parts);
    }

    private static string Minutes(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";

    private static string Name(PlanRequest r) => $"{r.Minutes}-minute {Kebab.Of(r.Goal).Replace('-', ' ')} ({Kebab.Of(r.Place)})";

    private static string Description(PlanRequest r)
    {
        var parts = new List<string> { $"Planned for {Minutes(r.Minutes)} at {Plain.Of(r.Place)}, goal {Plain.Of(r.Goal)}, level {Plain.Of(r.Level)}" };
        if (r.Sets > 1)
        {
            parts.Add($"{r.Sets} sets of each");
        }
        if (r.Focus.Count > 0)
        {
            parts.Add($"focus {string.Join(", ", r.Focus.Select(Plain.Of))}");
        }
        if (r.Equipment.Count > 0)
        {
            parts.Add($"with {string.Join(", ", r.Equipment.Select(Plain.Of))}");
        }
        if (r.Avoid.Count > 0)
        {
            parts.Add($"avoiding {string.Join(", ", r.Avoid.Select(Plain.Tag))}");
        }
        return string.Join("; ", parts) + ".";
    }
}
