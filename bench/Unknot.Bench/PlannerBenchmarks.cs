using BenchmarkDotNet.Attributes;
using Unknot.Catalog;
using Unknot.Planning;
using Unknot.Testing;

namespace Unknot.Bench;

/// <summary>One plan on a synthetic catalog of 2,000 valid exercises, for a few typical requests.</summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private ExerciseCatalog _catalog = null!;

    [Params(2000)]
    public int Exercises { get; set; }

    [GlobalSetup]
    public void Setup() => _catalog = SyntheticCatalog.Create(Exercises, seed: 42);

    [Benchmark(Description = "5 min, desk, focus neck")]
    public Plan DeskFive() => Planner.Plan(_catalog, Requests.DeskFive).Plan!;

    [Benchmark(Description = "15 min, home, wall + ball, focus neck + chest")]
    public Plan HomeFifteen() => Planner.Plan(_catalog, Requests.HomeFifteen).Plan!;

    [Benchmark(Description = "60 min, gym, warm-up, everything")]
    public Plan GymSixty() => Planner.Plan(_catalog, Requests.GymSixty).Plan!;
}

/// <summary>The requests the benchmark and the quality report share.</summary>
public static class Requests
{
    public static readonly PlanRequest DeskFive = new(5, Place.Desk) { Focus = [Target.Neck] };

    public static readonly PlanRequest HomeFifteen = new(15, Place.Home)
    {
        Equipment = [Equipment.Wall, Equipment.LacrosseBall],
        Focus = [Target.Neck, Target.Chest],
    };

    public static readonly PlanRequest GymSixty = new(60, Place.Gym)
    {
        Equipment = [Equipment.Wall, Equipment.LacrosseBall, Equipment.Chair],
        Goal = Goal.WarmUp,
    };
}
