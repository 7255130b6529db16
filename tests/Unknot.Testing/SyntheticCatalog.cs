using Unknot.Catalog;
using Unknot.Dosing;

namespace Unknot.Testing;

/// <summary>Large catalogs of valid, made-up exercises, the same for the same seed, to test and measure the planner at scale.</summary>
public static class SyntheticCatalog
{
    private static readonly Position[] Positions = [Position.Standing, Position.Seated, Position.FloorSeated, Position.FloorKneeling, Position.Quadruped];
    private static readonly Target[] Targets = Enum.GetValues<Target>();
    private static readonly ExerciseContext[] Contexts = Enum.GetValues<ExerciseContext>();
    private static readonly string[] FreeTags = ["overhead", "balance", "twist"];

    /// <summary>A catalog of <paramref name="count"/> exercises drawn from <paramref name="seed"/>.</summary>
    public static ExerciseCatalog Create(int count, int seed)
    {
        var random = new Random(seed);
        return new ExerciseCatalog(Enumerable.Range(0, count).Select(i => Exercise(i, random)).ToArray());
    }

    private static Exercise Exercise(int i, Random random)
    {
        var kind = (ExerciseKind)random.Next(3);
        var position = Positions[random.Next(Positions.Length)];
        var equipment = new List<Equipment>();
        if (random.NextDouble() < 0.25)
        {
            equipment.Add(Catalog.Equipment.Wall);
        }
        if (kind == ExerciseKind.SelfMassage)
        {
            equipment.Add(Catalog.Equipment.LacrosseBall);
        }
        if (position == Position.Seated && random.NextDouble() < 0.5)
        {
            equipment.Add(Catalog.Equipment.Chair);
        }
        var targets = Targets.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToArray();
        var perSide = random.NextDouble() < 0.4;
        var block = kind == ExerciseKind.Dynamic
            ? new DoseBlock(new DoseRange(4 + random.Next(4), 8 + random.Next(5)),
                [
                    new Phase("one way", new DoseRange(2 + random.Next(2), 4 + random.Next(2)), "Move one way.", false, null),
                    new Phase("the other", new DoseRange(2 + random.Next(2), 4 + random.Next(2)), "Move back.", false, null),
                ], perSide, null)
            : new DoseBlock(DoseRange.Exactly(1),
                [new Phase("hold", new DoseRange(10 + random.Next(20), 30 + random.Next(31)), "Hold {side}.", true, null)], perSide, null);
        return new Exercise
        {
            Id = new ExerciseId($"synthetic-{i}"),
            Name = $"Synthetic {i}",
            Summary = "Made up for a test.",
            Kind = kind,
            Positions = [position],
            Equipment = equipment,
            Targets = targets,
            Contexts = Contexts.Where(_ => random.NextDouble() < 0.4).ToArray(),
            Tags = FreeTags.Where(_ => random.NextDouble() < 0.1).ToArray(),
            Setup = ["Get ready."],
            Dose = new Dose([block]),
            Sources = [new Source("None", "None", "None", "Nothing.")],
        };
    }
}
