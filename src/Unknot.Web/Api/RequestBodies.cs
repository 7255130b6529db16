namespace Unknot.Web.Api;

// The shapes of the request bodies, for the OpenAPI document only: the bodies themselves are read by the shared
// readers (Unknot.App.Readers), so every problem names its field the way the CLI does.

/// <summary>A routine to save: <c>items</c> in playing order; <c>id</c> is made from the name when left out.</summary>
public sealed record RoutineDraftBody(string Name, string? Id, string? Description, IReadOnlyList<RoutineItemBody> Items);

/// <summary>One exercise of a routine; <c>level</c> overrides the routine's; <c>restAfter</c> in seconds (0–600).</summary>
public sealed record RoutineItemBody(string Exercise, string? Level, int? RestAfter);

/// <summary>What the planner needs: minutes (1–120) and place; the rest is optional.</summary>
public sealed record PlanRequestBody(int Minutes, string Place, IReadOnlyList<string>? Equipment, IReadOnlyList<string>? Focus, string? Goal,
    IReadOnlyList<string>? Avoid, string? Level, int? Seed);

/// <summary>A session played in a client. <c>items</c> (exercise ids) stand in for <c>routine</c> when it was planned.</summary>
public sealed record SessionReportBody(string Routine, Guid? Id, IReadOnlyList<string>? Items, string? RoutineName, string? Level, DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt, bool? Completed, IReadOnlyList<string>? Segments, CheckpointBody? Checkpoint, int? PainBefore, int? PainAfter, string? TimeZone, string? Note);

/// <summary>Where a session under way is now: its segment index and the seconds into it.</summary>
public sealed record CheckpointBody(int Segment, double? Seconds);

/// <summary>A setting's new value; null or "default" puts it back to the default.</summary>
public sealed record SettingBody(string? Value);

/// <summary>A correction to a stored session, for the OpenAPI document (read by <c>SessionEdit</c>).</summary>
public sealed record SessionEditBody(int? PainBefore, int? PainAfter, string? Note);

/// <summary>What an open tab reports for its break reminders: the seconds gone by since its last report, and how long since its last input (absent when hidden).</summary>
public sealed record RemindTickBody(double Seconds, double? IdleSeconds);

/// <summary>The answer to a reminder shown in the browser.</summary>
public sealed record RemindAnswerBody(Guid Id, string Outcome);

/// <summary>A programme to start: <c>program</c> (its id), or <c>plan</c> for one planned for you; one of the two.</summary>
public sealed record ProgrammeStartBody(string? Program, ProgrammePlanBody? Plan);

/// <summary>A programme of one's own: weeks (1–26, default 4), days (default mon-fri), and what the planner takes for one session.</summary>
public sealed record ProgrammePlanBody(int? Weeks, string? Days, int Minutes, string Place, IReadOnlyList<string>? Equipment, IReadOnlyList<string>? Focus,
    string? Goal, IReadOnlyList<string>? Avoid);
