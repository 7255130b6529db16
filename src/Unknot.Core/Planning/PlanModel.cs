using System.Numerics;
using Unknot.Catalog;
using Unknot.Timelines;

namespace Unknot.Planning;

/// <summary>One exercise that passed the request's hard rules, with what the search needs precomputed.</summary>
/// <param name="Index">Position in the catalog, for stable ordering.</param>
/// <param name="Exercise">The exercise.</param>
/// <param name="DoseSeconds">Its own segments' length at the request's level, every set with the short move between sets.</param>
/// <param name="Rank">Its position's place in the standing → seated → floor order.</param>
/// <param name="Targets">Bit mask of its targets.</param>
/// <param name="Base">Its fit to the goal times the weight, plus the seeded nudge.</param>
/// <param name="Optimistic">The most it can add to the score: its base plus first-hit points for every target.</param>
internal sealed record Candidate(int Index, Exercise Exercise, int DoseSeconds, int Rank, int Targets, double Base, double Optimistic)
{
    /// <summary>The least time it adds to a routine: its dose plus a same-position transition.</summary>
    public int MinAddedSeconds => DoseSeconds + 5;
}

/// <summary>A request turned into numbers: the eligible candidates and the rules that time and value a set of them.</summary>
internal sealed class PlanModel
{
    /// <summary>Positions in playing order; a plan never leaves a group and comes back to it.</summary>
    public static readonly Position[] RankOrder = [Position.Standing, Position.Seated, Position.FloorSeated, Position.FloorKneeling, Position.Quadruped];

    private readonly int[] _maskSeconds;

    public PlanModel(PlanRequest request, IReadOnlyList<Exercise> eligible, IReadOnlyList<int> catalogIndex)
    {
        Request = request;
        Budget = request.BudgetSeconds;
        FillSeconds = request.FillSeconds;
        FocusMask = request.Focus.Aggregate(0, (mask, t) => mask | 1 << (int)t);
        Reverse = request.Goal == Goal.WarmUp;
        Candidates = eligible.Select((e, i) =>
        {
            var targets = e.Targets.Aggregate(0, (mask, t) => mask | 1 << (int)t);
            var @base = PlanScore.FitWeight * PlanScore.Fit(e, request.Goal, request.Level) + PlanScore.Nudge(request.Seed, e.Id);
            var optimistic = @base + BitOperations.PopCount((uint)(targets & FocusMask)) * PlanScore.FocusFirst
                + BitOperations.PopCount((uint)targets) * PlanScore.AreaWeight;
            var sets = request.Sets;
            var dose = sets * TimelineCompiler.DoseSeconds(e, request.Level) + (sets - 1) * TransitionRules.TransitionSeconds(e.MainPosition, e.MainPosition);
            return new Candidate(catalogIndex[i], e, dose, RankOf(e.MainPosition), targets, @base, optimistic);
        }).ToArray();
        _maskSeconds = new int[1 << RankOrder.Length];
        for (var mask = 1; mask < _maskSeconds.Length; mask++)
        {
            _maskSeconds[mask] = MaskSeconds(mask);
        }
    }

    public PlanRequest Request { get; }

    public IReadOnlyList<Candidate> Candidates { get; }

    public int Budget { get; }

    public int FillSeconds { get; }

    public int FocusMask { get; }

    /// <summary>Warm-ups run floor → seated → standing, to end on your feet; everything else the other way.</summary>
    public bool Reverse { get; }

    /// <summary>
    /// The exact length of a routine of <paramref name="count"/> exercises whose doses add to
    /// <paramref name="doseSeconds"/> and whose positions are <paramref name="rankMask"/>, played in plan order.
    /// </summary>
    public int Seconds(int count, int doseSeconds, int rankMask) =>
        count == 0 ? 0 : doseSeconds + 5 * count + _maskSeconds[rankMask];

    public static int RankOf(Position position) => Math.Max(0, Array.IndexOf(RankOrder, position));

    /// <summary>The plan order: by position group (reversed for a warm-up), then catalog order.</summary>
    public IReadOnlyList<Candidate> Order(IEnumerable<Candidate> chosen) =>
        (Reverse ? chosen.OrderByDescending(c => c.Rank) : chosen.OrderBy(c => c.Rank)).ThenBy(c => c.Index).ToArray();

    // Prepare plus the transitions between position groups, minus the 5 s per group that Seconds adds back as same-position transitions.
    private int MaskSeconds(int mask)
    {
        var ranks = Enumerable.Range(0, RankOrder.Length).Where(r => (mask & 1 << r) != 0).ToArray();
        var first = Reverse ? ranks[^1] : ranks[0];
        var seconds = TransitionRules.PrepareSeconds(RankOrder[first]) - 5 * ranks.Length;
        for (var i = 1; i < ranks.Length; i++)
        {
            seconds += TransitionRules.TransitionSeconds(RankOrder[ranks[i - 1]], RankOrder[ranks[i]]);
        }
        return seconds;
    }
}
