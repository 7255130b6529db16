using System.Globalization;
using Unknot.App.Fields;
using Unknot.Progress;
using Unknot.Storage;

namespace Unknot.App.Readers;

/// <summary>One page of history and the id to pass as <c>before</c> for the next older page (null on the last page).</summary>
public sealed record HistoryPage(IReadOnlyList<SessionRecord> Sessions, Guid? Next);

/// <summary>
/// Which page of history to show, newest first: fields <c>limit</c> (1–1000, default 50), <c>since</c> and
/// <c>until</c> (a day such as 2026-11-01 in the user's time zone, both included, or an ISO 8601 instant),
/// <c>days</c> (the last N days, instead of <c>since</c>) and <c>before</c> (the id of the last session of the
/// previous page, whole or its first 6 or more characters, as <c>edit</c> and <c>delete</c> take it).
/// </summary>
public sealed record HistoryRequest(int Limit, DateTimeOffset? Since, DateTimeOffset? Until, string? Before)
{
    /// <summary>
    /// Reads a request; <paramref name="zone"/> places a day, <paramref name="time"/> gives "now" for <c>days</c>, and
    /// <paramref name="pageSize"/> is the limit when none is given.
    /// </summary>
    public static ReadResult<HistoryRequest> Read(Input input, TimeZoneInfo zone, TimeProvider time, int pageSize = SessionQuery.DefaultLimit) => ReadResult<HistoryRequest>.From(() =>
    {
        var limit = input.Optional("limit")?.Int(1, SessionQuery.MaxLimit) ?? pageSize;
        var days = input.Optional("days");
        var since = input.Optional("since");
        if (days is not null && since is not null)
        {
            throw new FieldException(FieldProblem.Naming("since", "give either {days} or {since}, not both"));
        }
        var from = days is not null ? time.GetUtcNow().AddDays(-days.Int(1, 36500)) : since is null ? (DateTimeOffset?)null : Moment(since, zone, endOfDay: false);
        var until = input.Optional("until") is { } u ? Moment(u, zone, endOfDay: true) : (DateTimeOffset?)null;
        if (from is { } a && until is { } b && b <= a)
        {
            throw new FieldException(FieldProblem.Naming("until", "must be after {since}"));
        }
        return new HistoryRequest(limit, from, until, input.Optional("before") is { } before ? IdText(before) : null);
    });

    /// <summary>The page of <paramref name="store"/> this asks for; a <c>before</c> naming no stored session is a problem.</summary>
    public ReadResult<HistoryPage> Page(IUnknotStore store) => ReadResult<HistoryPage>.From(() =>
    {
        SessionCursor? cursor = null;
        if (Before is { } before)
        {
            var id = IdOf(TextInput.Of([KeyValuePair.Create("before", (string?)before)]).Required("before"), store);
            var anchor = store.Find(id) ?? throw new FieldException("before", $"session {id} cannot be read; pass the id of another session");
            cursor = SessionCursor.After(anchor);
        }
        var sessions = store.Sessions(new SessionQuery(Limit + 1, Since, Until, cursor));
        return sessions.Count > Limit
            ? new HistoryPage(sessions.Take(Limit).ToArray(), sessions[Limit - 1].Id)
            : new HistoryPage(sessions, null);
    });

    /// <summary>
    /// The session named by <paramref name="input"/>: its id, or the first characters of it (at least 6, as the
    /// history table shows 8) when they name one session only.
    /// </summary>
    public static ReadResult<SessionRecord> Session(Input input, IUnknotStore store) => ReadResult<SessionRecord>.From(() =>
    {
        var id = IdOf(input, store);
        return store.Find(id) ?? throw input.Problem(store.Unreadable().FirstOrDefault(u => u.Id == id.ToString()) is { } bad
            ? $"session {id} cannot be read ({bad.Reason}); it can only be deleted"
            : $"no session {id} is stored; 'unknot history' lists them");
    });

    /// <summary>The id of one of the user's stored sessions (readable or not) from its full id or its first 6 or more characters.</summary>
    public static ReadResult<Guid> SessionId(Input input, IUnknotStore store) => ReadResult<Guid>.From(() => IdOf(input, store));

    // A session id or the start of one, in lower case; its shape is checked before any store is asked.
    private static string IdText(Input input)
    {
        var text = input.String(40).Trim().ToLowerInvariant();
        return text.Length < 6 || text.Any(c => !Uri.IsHexDigit(c) && c != '-')
            ? throw input.Problem($"must be a session id, or its first 6 or more characters, got '{text}'")
            : text;
    }

    private static Guid IdOf(Input input, IUnknotStore store)
    {
        var text = IdText(input);
        var prefix = System.Guid.TryParse(text, out var full) ? full.ToString() : text;
        return store.IdsStartingWith(prefix, 2) switch
        {
            [var one] => one,
            [] when full != default => throw input.Problem($"no session {full} is stored; 'unknot history' lists them"),
            [] => throw input.Problem($"no session id starts with '{text}'; 'unknot history' lists them"),
            _ => throw input.Problem($"more than one session id starts with '{text}'; give more of it"),
        };
    }

    /// <summary>A day (its start, or the start of the next day for an end) in <paramref name="zone"/>, or an instant.</summary>
    private static DateTimeOffset Moment(Input input, TimeZoneInfo zone, bool endOfDay)
    {
        var text = input.String(40).Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (day.Year is < 1900 or > 9000)
            {
                throw input.Problem($"must be a day from 1900 to 9000, got '{text}'");
            }
            var local = (endOfDay ? day.AddDays(1) : day).ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.ToUniversalTime()
            : throw input.Problem($"must be a day such as 2026-11-01 or an ISO 8601 instant such as 2026-11-21T09:30:00Z, got '{text}'");
    }
}
