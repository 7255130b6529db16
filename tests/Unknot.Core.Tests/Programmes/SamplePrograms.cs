using Unknot.Dosing;
using Unknot.Programmes;
using Unknot.Reminders;
using Unknot.Testing;

namespace Unknot.Core.Tests.Programmes;

/// <summary>The built-in programmes, loaded once as the app loads them, and small programmes made for one test.</summary>
internal static class SamplePrograms
{
    private static readonly Lazy<ProgrammeLoad> LazyLoad = new(() => ProgrammeSet.Load(Builtins.Catalog, Builtins.Routines, null));

    /// <summary>The built-in programmes and the problems loading them.</summary>
    public static ProgrammeLoad Builtin => LazyLoad.Value;

    /// <summary>Desk worker, 4 weeks: a desk break Monday to Friday; steps level, level, sets; missed sessions carried.</summary>
    public static Programme DeskWorker => Builtin.Programmes.Find("desk-worker-4-weeks")!;

    /// <summary>Upper back for lifters, 4 weeks: warm-up and cool-down on Monday, Wednesday and Friday; missed ones dropped.</summary>
    public static Programme Lifters => Builtin.Programmes.Find("lifters-upper-back-4-weeks")!;

    /// <summary>Neck mobility, 6 weeks: three days a week up to six, a lighter fourth week.</summary>
    public static Programme NeckMobility => Builtin.Programmes.Find("neck-mobility-6-weeks")!;

    /// <summary>A desk break on <paramref name="days"/>, starting gentle, once, on all of them.</summary>
    public static Programme DeskBreaks(
        string days = "mon,wed,fri",
        MissedSessions missed = MissedSessions.Carry,
        int weeks = 4,
        ProgrammeStep[]? steps = null,
        int[]? easier = null,
        ProgrammeDose? start = null)
    {
        var on = ReminderValues.Days(days)!;
        return new Programme(
            "desk-breaks", "Desk breaks", "", weeks,
            [new ProgrammeSession(Builtins.Routines.Find("desk-break")!, on)],
            start ?? new ProgrammeDose(Level.Gentle, 1, on.Count),
            steps ?? [ProgrammeStep.Level, ProgrammeStep.Level, ProgrammeStep.Sets],
            new HashSet<int>(easier ?? []),
            Programme.DefaultDoneShare,
            missed,
            "",
            ProgrammeSource.File,
            "programs/desk-breaks.yaml");
    }
}
