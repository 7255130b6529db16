using Unknot.App.Fields;
using Unknot.Catalog;

namespace Unknot.App.Readers;

/// <summary>Which exercises to list: by target, equipment (or none at all), position and kind; each absent one lets everything through.</summary>
public sealed record ExerciseFilter(Target? Target, Equipment? Equipment, bool NoEquipment, Position? Position, ExerciseKind? Kind)
{
    /// <summary>Lets every exercise through.</summary>
    public static ExerciseFilter None { get; } = new(null, null, false, null, null);

    /// <summary>The exercises of <paramref name="catalog"/> that pass, in catalog order.</summary>
    public IReadOnlyList<Exercise> Apply(ExerciseCatalog catalog) => catalog.All.Where(Passes).ToArray();

    /// <summary>True when <paramref name="e"/> passes.</summary>
    public bool Passes(Exercise e) =>
        (Target is not { } t || e.Targets.Contains(t))
        && (!NoEquipment || e.Equipment.Count == 0)
        && (Equipment is not { } q || e.Equipment.Contains(q))
        && (Position is not { } p || e.Positions.Contains(p))
        && (Kind is not { } k || e.Kind == k);

    /// <summary>Reads fields <c>target</c>, <c>equipment</c> (a word, or <c>none</c>), <c>position</c> and <c>kind</c>.</summary>
    public static ReadResult<ExerciseFilter> Read(Input input) => ReadResult<ExerciseFilter>.From(() =>
    {
        var equipment = input.Optional("equipment");
        var none = equipment is not null && string.Equals(equipment.String(40).Trim(), PlanRequestReader.NoEquipment, StringComparison.OrdinalIgnoreCase);
        return new ExerciseFilter(
            input.Optional("target")?.Word<Target>(),
            none ? null : equipment?.Word<Equipment>(),
            none,
            input.Optional("position")?.Word<Position>(),
            input.Optional("kind")?.Word<ExerciseKind>());
    });
}
