namespace Unknot.Dosing;

/// <summary>What makes a stretch playable: its blocks in order.</summary>
public sealed record Dose(IReadOnlyList<DoseBlock> Blocks)
{
    /// <summary>Seconds of work (switches and rests excluded) at a level, both sides counted.</summary>
    public int WorkSeconds(Level level) => Blocks.Sum(b => b.SecondsPerSide(level) * (b.PerSide ? 2 : 1));

    /// <summary>Why Unknot chose each number the source did not give, once each, in block order.</summary>
    public IReadOnlyList<string> ProjectChoices =>
        Blocks.SelectMany(b => b.Phases.Select(p => p.ProjectChoice).Prepend(b.ProjectChoice)).OfType<string>().Distinct().ToArray();

    /// <summary>The neck angles the camera's form check holds the phases to, once each, in block order.</summary>
    public IReadOnlyList<TargetBand> Bands => Blocks.SelectMany(b => b.Phases).Select(p => p.Band).OfType<TargetBand>().Distinct().ToArray();

    /// <summary>What an exercise's page and <c>unknot show</c> mark as Unknot's choice: the project choices, then the bands' line.</summary>
    public IReadOnlyList<string> ChoicesToShow => ProjectChoices.Append(TargetBand.Line(Bands)).OfType<string>().ToArray();
}
