using System.Numerics;

namespace Unknot.Planning;

/// <summary>Finds the set of candidates with the best <see cref="PlanValue"/> that fits the time.</summary>
internal static class PlanSearch
{
    private const double Epsilon = 1e-9;

    /// <summary>
    /// Branch and bound over every subset: exact. The bound adds to the current value the most the remaining
    /// candidates could add (a fractional knapsack of their optimistic values, the focus areas they could still
    /// cover, and whether they could still fill the time), so only branches that cannot win are cut.
    /// </summary>
    public static (IReadOnlyList<int> Chosen, long Nodes) Exact(PlanModel model, IReadOnlyList<int>? start = null, long nodeLimit = long.MaxValue)
    {
        var n = model.Candidates.Count;
        var order = Enumerable.Range(0, n)
            .OrderByDescending(i => model.Candidates[i].Optimistic / model.Candidates[i].MinAddedSeconds)
            .ThenBy(i => i)
            .ToArray();
        var suffixFocus = new int[n + 1];
        var suffixMaxAdd = new long[n + 1];
        for (var k = n - 1; k >= 0; k--)
        {
            var c = model.Candidates[order[k]];
            suffixFocus[k] = suffixFocus[k + 1] | (c.Targets & model.FocusMask);
            suffixMaxAdd[k] = suffixMaxAdd[k + 1] + c.DoseSeconds + 25;
        }

        var selection = new Selection(model);
        var gains = new double[n];
        var weights = new double[n];
        var densities = new double[n];
        var slots = new int[n];
        var best = start ?? Heuristic(model);
        var bestTotal = Selection.Evaluate(model, best).Total;
        long nodes = 0;
        Search(0);
        return (best, nodes);

        void Search(int k)
        {
            nodes++;
            if (k == n || nodes > nodeLimit || Bound(k) <= bestTotal + Epsilon)
            {
                return;
            }
            var candidate = order[k];
            if (selection.SecondsWith(candidate) <= model.Budget)
            {
                selection.Add(candidate);
                var total = selection.Value.Total;
                if (total > bestTotal + Epsilon)
                {
                    best = selection.Chosen.ToArray();
                    bestTotal = Selection.Evaluate(model, best).Total;
                }
                Search(k + 1);
                selection.Remove(candidate);
            }
            Search(k + 1);
        }

        // Marginal gains can only shrink as the set grows (coverage has diminishing returns), so each remaining
        // candidate's gain measured against the current set bounds what it can add later; a fractional knapsack
        // of those gains, densest first, bounds what the rest of the branch can add together.
        double Bound(int k)
        {
            var seconds = selection.Seconds;
            var fill = seconds >= model.FillSeconds || seconds + suffixMaxAdd[k] >= model.FillSeconds;
            var covered = BitOperations.PopCount((uint)((selection.CoveredMask | suffixFocus[k]) & model.FocusMask));
            var count = 0;
            for (var i = k; i < n; i++)
            {
                var c = model.Candidates[order[i]];
                gains[count] = selection.GainBound(order[i]);
                weights[count] = c.MinAddedSeconds;
                densities[count] = -gains[count] / weights[count];
                slots[count] = count;
                count++;
            }
            Array.Sort(densities, slots, 0, count);
            var room = (double)(model.Budget - seconds);
            var score = selection.Score;
            for (var i = 0; i < count && room > 0; i++)
            {
                var slot = slots[i];
                var take = Math.Min(1.0, room / weights[slot]);
                score += take * gains[slot];
                room -= take * weights[slot];
            }
            return (fill ? 1e6 : 0) + covered * 1e4 + score;
        }
    }

    /// <summary>
    /// For large catalogs: <see cref="Heuristic"/>, then a branch and bound with a node budget over the chosen
    /// exercises and the most promising others, which finds the improvements that need several swaps at once.
    /// </summary>
    public static IReadOnlyList<int> Large(PlanModel model, int shortlist = 48, long nodeLimit = 20_000)
    {
        var start = Heuristic(model);
        var pool = Enumerable.Range(0, model.Candidates.Count)
            .OrderByDescending(i => model.Candidates[i].Optimistic / model.Candidates[i].MinAddedSeconds)
            .ThenBy(i => i)
            .Take(shortlist)
            .Union(start)
            .Order()
            .ToArray();
        var sub = new PlanModel(model.Request, pool.Select(i => model.Candidates[i].Exercise).ToArray(), pool.Select(i => model.Candidates[i].Index).ToArray());
        var startInSub = start.Select(i => Array.IndexOf(pool, i)).ToArray();
        var (chosen, _) = Exact(sub, startInSub, nodeLimit);
        return chosen.Select(i => pool[i]).ToArray();
    }

    /// <summary>
    /// Fast and nearly as good, for large catalogs: greedy by gain per second, then local search that tries
    /// every addition and every swap of a chosen exercise for one of the most promising others.
    /// </summary>
    public static IReadOnlyList<int> Heuristic(PlanModel model, int shortlist = 200, int maxPasses = 50)
    {
        var selection = new Selection(model);
        foreach (var c in Greedy(model))
        {
            selection.Add(c);
        }
        var promising = Enumerable.Range(0, model.Candidates.Count)
            .OrderByDescending(i => model.Candidates[i].Optimistic / model.Candidates[i].MinAddedSeconds)
            .ThenBy(i => i)
            .Take(shortlist)
            .ToArray();
        for (var pass = 0; pass < maxPasses; pass++)
        {
            var current = selection.Value.Total;
            var bestMove = (Out: -1, In: -1, Total: current);
            var chosen = selection.Chosen.ToArray();
            foreach (var j in promising)
            {
                if (selection.Contains(j))
                {
                    continue;
                }
                if (selection.SecondsWith(j) <= model.Budget)
                {
                    selection.Add(j);
                    Consider(-1, j);
                    selection.Remove(j);
                }
                foreach (var i in chosen)
                {
                    selection.Remove(i);
                    if (selection.SecondsWith(j) <= model.Budget)
                    {
                        selection.Add(j);
                        Consider(i, j);
                        selection.Remove(j);
                    }
                    selection.Add(i);
                }
            }
            if (bestMove.In < 0)
            {
                break;
            }
            if (bestMove.Out >= 0)
            {
                selection.Remove(bestMove.Out);
            }
            selection.Add(bestMove.In);

            void Consider(int removed, int added)
            {
                var total = selection.Value.Total;
                if (total > bestMove.Total + Epsilon)
                {
                    bestMove = (removed, added, total);
                }
            }
        }
        return selection.Chosen.ToArray();
    }

    /// <summary>Adds, again and again, the candidate that gains the most per second added, while one fits.</summary>
    public static IReadOnlyList<int> Greedy(PlanModel model)
    {
        var selection = new Selection(model);
        while (true)
        {
            var (bestCandidate, bestRatio) = (-1, double.NegativeInfinity);
            var before = selection.Smooth;
            var seconds = selection.Seconds;
            for (var j = 0; j < model.Candidates.Count; j++)
            {
                if (selection.Contains(j))
                {
                    continue;
                }
                var after = selection.SecondsWith(j);
                if (after > model.Budget)
                {
                    continue;
                }
                selection.Add(j);
                var ratio = (selection.Smooth - before) / Math.Max(1, after - seconds);
                selection.Remove(j);
                if (ratio > bestRatio + Epsilon)
                {
                    (bestCandidate, bestRatio) = (j, ratio);
                }
            }
            if (bestCandidate < 0)
            {
                return selection.Chosen.ToArray();
            }
            selection.Add(bestCandidate);
        }
    }
}
