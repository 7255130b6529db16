using Microsoft.AspNetCore.Mvc;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Planning;
using Unknot.Progress;
using Unknot.Routines;
using Unknot.Sessions;
using Unknot.Storage.Exchange;
using Unknot.Text;
using Unknot.Timelines;

namespace Unknot.Web.Api;

/// <summary>The JSON API under <c>/api</c>: the same operations as the CLI, with RFC 7807 problems for every mistake.</summary>
public static class UnknotApi
{
    /// <summary>Largest body for ordinary requests.</summary>
    public const long SmallBody = 256 * 1024;

    /// <summary>Largest body for an import.</summary>
    public const long ImportBody = 20 * 1024 * 1024;

    public static IEndpointRouteBuilder MapUnknotApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (FieldException e)
            {
                return Problems.BadRequest(e.Field, e.Message);
            }
            catch (BodyTooLargeException e)
            {
                return TypedResults.Problem(e.Message, statusCode: 413, title: "Too large");
            }
            catch (BadHttpRequestException e)
            {
                return TypedResults.Problem(e.StatusCode == 413 ? "the request body is too large" : e.Message, statusCode: e.StatusCode);
            }
        });

        api.MapGet("/exercises", (UnknotData data, string? target, string? equipment, string? position, string? kind) =>
        {
            IEnumerable<Exercise> list = data.Catalog.All;
            if (target is not null)
            {
                var t = Word<Target>(target, "target");
                list = list.Where(e => e.Targets.Contains(t));
            }
            if (equipment is not null)
            {
                if (equipment == "none")
                {
                    list = list.Where(e => e.Equipment.Count == 0);
                }
                else
                {
                    var q = Word<Equipment>(equipment, "equipment");
                    list = list.Where(e => e.Equipment.Contains(q));
                }
            }
            if (position is not null)
            {
                var p = Word<Position>(position, "position");
                list = list.Where(e => e.Positions.Contains(p));
            }
            if (kind is not null)
            {
                var k = Word<ExerciseKind>(kind, "kind");
                list = list.Where(e => e.Kind == k);
            }
            return TypedResults.Ok(list.Select(ExerciseDto.From).ToArray());
        });

        api.MapGet("/exercises/{id}", IResult (UnknotData data, string id) =>
            data.Catalog.Find(id) is { } e ? TypedResults.Ok(ExerciseDto.From(e)) : Problems.NotFound(UnknownExercise(data, id)));

        api.MapGet("/routines", (UnknotData data) => TypedResults.Ok(data.Routines.All.Select(r => RoutineDto.From(r, data.Catalog)).ToArray()));

        api.MapGet("/routines/{id}", IResult (UnknotData data, string id) =>
            data.Routines.Find(id) is { } r ? TypedResults.Ok(RoutineDto.From(r, data.Catalog)) : Problems.NotFound(UnknownRoutine(data, id)));

        api.MapPost("/routines", async Task<IResult> (UnknotData data, HttpRequest request, CancellationToken cancel) =>
        {
            var body = await JsonBody.ReadAsync(request, cancel);
            var routine = ReadRoutine(body, data, idFromPath: null);
            if (data.Routines.Find(routine.Id) is { } existing)
            {
                return Problems.Conflict(existing.Origin == "built-in"
                    ? $"'{routine.Id}' is a built-in routine; choose another id"
                    : $"a routine '{routine.Id}' already exists; PUT /api/routines/{routine.Id} changes it");
            }
            data.Store.SaveRoutine(routine);
            data.RoutinesChanged();
            return TypedResults.Created($"/api/routines/{routine.Id}", RoutineDto.From(data.Routines.Find(routine.Id)!, data.Catalog));
        }).WithMetadata(new RequestSizeLimitAttribute(SmallBody));

        api.MapPut("/routines/{id}", async Task<IResult> (UnknotData data, string id, HttpRequest request, CancellationToken cancel) =>
        {
            if (Refuse(data, id) is { } refusal)
            {
                return refusal;
            }
            var body = await JsonBody.ReadAsync(request, cancel);
            var routine = ReadRoutine(body, data, id);
            data.Store.SaveRoutine(routine);
            data.RoutinesChanged();
            return TypedResults.Ok(RoutineDto.From(data.Routines.Find(id)!, data.Catalog));
        }).WithMetadata(new RequestSizeLimitAttribute(SmallBody));

        api.MapDelete("/routines/{id}", IResult (UnknotData data, string id) =>
        {
            if (Refuse(data, id) is { } refusal)
            {
                return refusal;
            }
            data.Store.DeleteRoutine(id);
            data.RoutinesChanged();
            return TypedResults.NoContent();
        });

        api.MapGet("/routines/{id}/timeline", IResult (UnknotData data, string id, string? level) =>
        {
            var routine = data.Routines.Find(id);
            if (routine is null)
            {
                return Problems.NotFound(UnknownRoutine(data, id));
            }
            var chosen = level is null ? data.Level : Word<Level>(level, "level");
            return TypedResults.Ok(TimelineDto.From(TimelineCompiler.Compile(routine, data.Catalog, chosen)));
        });

        api.MapPost("/plan", async Task<IResult> (UnknotData data, HttpRequest request, CancellationToken cancel) =>
        {
            var request_ = ReadPlanRequest(await JsonBody.ReadAsync(request, cancel), data);
            var result = Planner.Plan(data.Catalog, request_);
            if (result.Plan is not { } plan)
            {
                return Problems.BadRequest("(request)", result.Failure!);
            }
            return TypedResults.Ok(ToDto(plan, data.Catalog));
        }).WithMetadata(new RequestSizeLimitAttribute(SmallBody));

        api.MapGet("/sessions", (UnknotData data, string? days) =>
        {
            DateTimeOffset? since = null;
            if (days is not null)
            {
                since = int.TryParse(days, out var n) && n is >= 1 and <= 36500
                    ? data.Time.GetUtcNow().AddDays(-n)
                    : throw new FieldException("days", $"must be a whole number of days from 1, got '{days}'");
            }
            return TypedResults.Ok(data.Store.Sessions(since).Select(SessionDto.From).ToArray());
        });

        api.MapPost("/sessions", async Task<IResult> (UnknotData data, HttpRequest request, CancellationToken cancel) =>
        {
            var record = ReadSession(await JsonBody.ReadAsync(request, cancel), data);
            if (data.Store.Find(record.Id) is not null)
            {
                return Problems.Conflict($"a session {record.Id} is already stored");
            }
            data.Store.Save(record);
            return TypedResults.Created($"/api/sessions/{record.Id}", SessionDto.From(record));
        }).WithMetadata(new RequestSizeLimitAttribute(SmallBody));

        api.MapGet("/stats", (UnknotData data) => TypedResults.Ok(Statistics.Compute(data.Store.Sessions(), data.Time.GetUtcNow(), data.Zone)));

        api.MapGet("/export", (UnknotData data, UnknotOptions options) =>
            TypedResults.Text(Exchange.Serialize(Exchange.Export(data.Store, options.Home, data.Time.GetUtcNow())), "application/json"));

        api.MapPost("/import", async Task<IResult> (UnknotData data, UnknotOptions options, HttpRequest request, CancellationToken cancel) =>
        {
            var text = await JsonBody.ReadTextAsync(request, ImportBody, cancel);
            try
            {
                var result = Exchange.Import(data.Store, options.Home, text);
                data.RoutinesChanged();
                return TypedResults.Ok(result);
            }
            catch (ImportException e)
            {
                var colon = e.Message.IndexOf(": ", StringComparison.Ordinal);
                return Problems.BadRequest(colon > 0 ? e.Message[..colon] : "$", e.Message + " — nothing was imported");
            }
        }).WithMetadata(new RequestSizeLimitAttribute(ImportBody));

        return app;
    }

    internal static PlanDto ToDto(Plan plan, ExerciseCatalog catalog) => new(
        RoutineDto.From(plan.Routine, catalog),
        TimelineDto.From(plan.Timeline),
        plan.Picks.Select(p => new PlanPickDto(p.Exercise.Id.Value, p.Exercise.Name, p.Seconds, p.Reason)).ToArray(),
        Math.Round(plan.Value.Score, 3),
        plan.Exact);

    private static IResult? Refuse(UnknotData data, string id)
    {
        var routine = data.Routines.Find(id);
        return routine switch
        {
            null => Problems.NotFound(UnknownRoutine(data, id)),
            { Origin: "built-in" } => Problems.Forbidden($"'{id}' is a built-in routine and cannot be changed or deleted; copy it under a new id instead"),
            { Origin: not "saved" } => Problems.Forbidden($"'{id}' comes from the file {routine.Origin}; edit or delete that file instead"),
            _ => null,
        };
    }

    internal static Routine ReadRoutine(JsonBody body, UnknotData data, string? idFromPath)
    {
        var name = body.Required("name").String(100).Trim();
        if (name.Length == 0)
        {
            throw new FieldException("name", "must not be empty");
        }
        var id = idFromPath ?? body.Optional("id")?.String(60) ?? Slug(name);
        if (idFromPath is not null && body.Optional("id") is { } given && given.String() != idFromPath)
        {
            throw new FieldException("id", $"must match the id in the address ('{idFromPath}') or be left out");
        }
        if (!ExerciseId.IsValid(id))
        {
            throw new FieldException("id", $"must be kebab-case, such as 'my-desk', got '{id}'");
        }
        var description = body.Optional("description")?.String(500) ?? "";
        var items = body.Required("items").Array(100).Select(item =>
        {
            item.Object();
            var exerciseField = item.Required("exercise");
            var exercise = data.Catalog.Find(exerciseField.String(80))
                ?? throw new FieldException(exerciseField.Path, UnknownExercise(data, exerciseField.String()));
            return new RoutineItem(exercise.Id, item.Optional("level")?.Word<Level>(), item.Optional("restAfter")?.Int(0, RoutineParser.MaxRestSeconds) ?? 0);
        }).ToArray();
        if (items.Length == 0)
        {
            throw new FieldException("items", "must list at least one exercise");
        }
        return new Routine(id, name, description, items, "saved");
    }

    internal static PlanRequest ReadPlanRequest(JsonBody body, UnknotData data)
    {
        var minutes = body.Required("minutes").Int(PlanRequest.MinMinutes, PlanRequest.MaxMinutes);
        var place = body.Required("place").Word<Place>();
        var known = ExerciseTags.Known(data.Catalog);
        return new PlanRequest(minutes, place)
        {
            Equipment = body.Optional("equipment")?.Array(10).Select(e => e.Word<Equipment>()).Distinct().ToArray() ?? [],
            Focus = body.Optional("focus")?.Array(20).Select(e => e.Word<Target>()).Distinct().ToArray() ?? [],
            Goal = body.Optional("goal")?.Word<Goal>() ?? Goal.Relief,
            Avoid = body.Optional("avoid")?.Array(20).Select(a =>
            {
                var tag = a.String(40).ToLowerInvariant();
                return known.Contains(tag) ? tag : throw new FieldException(a.Path, $"unknown tag '{tag}' — known: {string.Join(", ", known)}");
            }).Distinct().ToArray() ?? [],
            Level = body.Optional("level")?.Word<Level>() ?? data.Level,
            Seed = body.Optional("seed")?.Int(int.MinValue, int.MaxValue) ?? 0,
        };
    }

    internal static SessionRecord ReadSession(JsonBody body, UnknotData data)
    {
        var routineField = body.Required("routine");
        var routineId = routineField.String(60);
        Routine routine;
        if (body.Optional("items") is { } items)
        {
            if (!ExerciseId.IsValid(routineId))
            {
                throw new FieldException("routine", $"must be a kebab-case id, got '{routineId}'");
            }
            var list = items.Array(100).Select(i =>
            {
                var exercise = data.Catalog.Find(i.String(80)) ?? throw new FieldException(i.Path, UnknownExercise(data, i.String()));
                return new RoutineItem(exercise.Id);
            }).ToArray();
            if (list.Length == 0)
            {
                throw new FieldException("items", "must list at least one exercise");
            }
            routine = new Routine(routineId, body.Optional("routineName")?.String(100) ?? "Planned routine", "", list, "planned");
        }
        else
        {
            routine = data.Routines.Find(routineId) ?? throw new FieldException("routine", UnknownRoutine(data, routineId));
        }
        var level = body.Optional("level")?.Word<Level>() ?? data.Level;
        var timeline = TimelineCompiler.Compile(routine, data.Catalog, level);
        var now = data.Time.GetUtcNow();
        var endedAt = body.Optional("endedAt")?.Instant() ?? now;
        var startedAt = body.Optional("startedAt")?.Instant() ?? endedAt - timeline.Total;
        if (endedAt < startedAt)
        {
            throw new FieldException("endedAt", "must not be before startedAt");
        }
        if (startedAt > now.AddDays(1))
        {
            throw new FieldException("startedAt", "must not be in the future");
        }
        var completed = body.Optional("completed")?.Bool() ?? true;
        var outcomes = Enumerable.Repeat(completed ? SegmentOutcome.Done : SegmentOutcome.Pending, timeline.Segments.Count).ToArray();
        if (body.Optional("segments") is { } segments)
        {
            var entries = segments.Array(10_000);
            if (entries.Count > timeline.Segments.Count)
            {
                throw new FieldException("segments", $"has {entries.Count} entries but the routine has {timeline.Segments.Count} segments");
            }
            for (var i = 0; i < entries.Count; i++)
            {
                outcomes[i] = entries[i].Element.ValueKind == System.Text.Json.JsonValueKind.Object
                    ? entries[i].Required("outcome").Word<SegmentOutcome>()
                    : entries[i].Word<SegmentOutcome>();
            }
        }
        var painBefore = body.Optional("painBefore")?.Int(PainScore.Min, PainScore.Max);
        var painAfter = body.Optional("painAfter")?.Int(PainScore.Min, PainScore.Max);
        var zoneId = body.Optional("timeZone")?.String(80) ?? data.Zone.Id;
        if (!TimeZones.Exists(zoneId))
        {
            throw new FieldException("timeZone", $"unknown time zone '{zoneId}'");
        }
        Guid id = Guid.NewGuid();
        if (body.Optional("id") is { } idField && !Guid.TryParse(idField.String(), out id))
        {
            throw new FieldException("id", $"must be a UUID, got '{idField.String()}'");
        }
        int? stoppedAt = completed ? null : Array.FindIndex(outcomes, o => o == SegmentOutcome.Pending);
        return SessionRecord.Begin(id, data.Store.UserId, routine, timeline, startedAt, zoneId).WithOutcomes(outcomes) with
        {
            EndedAt = endedAt,
            Completed = completed,
            PainBefore = painBefore is { } b ? new PainScore(b) : null,
            PainAfter = painAfter is { } a ? new PainScore(a) : null,
            Note = body.Optional("note")?.String(2000),
            Checkpoint = stoppedAt is >= 0 ? new SessionCheckpoint(routine.Id, level, stoppedAt.Value, 0) : null,
        };
    }

    internal static T Word<T>(string text, string field) where T : struct, Enum =>
        Kebab.TryParse<T>(text, out var value) ? value : throw new FieldException(field, $"must be one of {string.Join(", ", Kebab.All<T>())}, got '{text}'");

    internal static string UnknownExercise(UnknotData data, string id) =>
        data.Catalog.Suggest(id) is { } hint ? $"unknown exercise '{id}' — did you mean '{hint}'?" : $"unknown exercise '{id}'";

    internal static string UnknownRoutine(UnknotData data, string id) =>
        data.Routines.Suggest(id) is { } hint ? $"unknown routine '{id}' — did you mean '{hint}'?" : $"unknown routine '{id}'";

    internal static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }
        slug = slug.Trim('-');
        return slug.Length == 0 ? "routine" : slug[..Math.Min(slug.Length, 60)].Trim('-');
    }
}
