using System.Diagnostics;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Testing;

namespace Unknot.Bench;

/// <summary>
/// Compares the planner's fast search with the exact one on synthetic catalogs of 40 exercises, over many
/// requests, and prints the worst and the mean score ratio.
/// </summary>
public static class QualityReport
{
    public static void Run(TextWriter output)
    {
        var random = new Random(11);
        var ratios = new List<double>();
        var mismatches = 0;
        var exactTime = TimeSpan.Zero;
        var fastTime = TimeSpan.Zero;
        for (var trial = 0; trial < 200; trial++)
        {
            var catalog = SyntheticCatalog.Create(40, seed: trial);
            var request = new PlanRequest(random.Next(2, 31), (Place)random.Next(4))
            {
                Equipment = Enum.GetValues<Equipment>().Where(_ => random.NextDouble() < 0.6).ToArray(),
                Focus = Enum.GetValues<Target>().Where(_ => random.NextDouble() < 0.2).Take(3).ToArray(),
                Goal = (Goal)random.Next(4),
                Level = (Level)random.Next(3),
                Seed = trial,
            };
            var watch = Stopwatch.StartNew();
            var fast = Planner.Plan(catalog, request).Plan;
            fastTime += watch.Elapsed;
            watch.Restart();
            var (exact, _) = Planner.PlanExactly(catalog, request);
            exactTime += watch.Elapsed;
            if (fast is null || exact is null)
            {
                continue;
            }
            if (fast.Value.Filled != exact.Value.Filled || fast.Value.CoveredFocus != exact.Value.CoveredFocus)
            {
                mismatches++;
            }
            ratios.Add(fast.Value.Score / exact.Value.Score);
        }
        output.WriteLine($"requests compared: {ratios.Count}");
        output.WriteLine($"fill or focus coverage differing from the optimum: {mismatches}");
        output.WriteLine($"score / optimum: worst {ratios.Min():P2}, mean {ratios.Average():P3}, optimal in {ratios.Count(r => r >= 1 - 1e-9)} of {ratios.Count}");
        output.WriteLine($"time: fast search {fastTime.TotalMilliseconds / ratios.Count:F2} ms per plan, exact {exactTime.TotalMilliseconds / ratios.Count:F2} ms per plan");
    }
}
