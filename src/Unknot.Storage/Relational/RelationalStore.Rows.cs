namespace Unknot.Storage.Relational;

/// <summary>Sessions read back from their rows; a row that cannot be read is set aside with the reason.</summary>
public abstract partial class RelationalStore
{
    /// <summary>
    /// The sessions of <paramref name="rows"/>. A row that cannot be read, or holds values out of the bounds every
    /// session keeps, is left out and marked with the reason, so one bad row never breaks a page or a command.
    /// </summary>
    private protected IReadOnlyList<SessionRecord> Load(IEnumerable<SessionRow> rows, DbTransaction? transaction = null)
    {
        var records = new List<SessionRecord>();
        var now = _time.GetUtcNow();
        foreach (var row in rows)
        {
            string? reason;
            try
            {
                var record = ToRecord(row);
                reason = record.Problem(now);
                if (reason is null)
                {
                    records.Add(record);
                    continue;
                }
            }
            catch (Exception e) when (e is FormatException or StoreException or System.Text.Json.JsonException or ArgumentException or OverflowException
                or InvalidOperationException or KeyNotFoundException or NullReferenceException or IndexOutOfRangeException)
            {
                reason = e.Message;
            }
            if (_salvage)
            {
                SalvageLost.Add($"session {row.Id}: {reason}");
                continue;
            }
            MarkUnreadable(row.Id, row.UserId, reason, transaction);
        }
        return records;
    }

    private void MarkUnreadable(string id, string userId, string reason, DbTransaction? transaction)
    {
        try
        {
            Connection.Execute(StoreSql.MarkUnreadable, new { Id = id, UserId = userId, Reason = reason.Length > 300 ? reason[..300] : reason }, transaction);
        }
        catch (DbException)
        {
            // A read-only database: the row is still left out of what is shown; it is reported next time it is read.
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<UnreadableSession> Unreadable() =>
        Connection.Query<UnreadableSession>(StoreSql.Unreadable, new { UserId }).OrderBy(u => u.Id, StringComparer.Ordinal).ToArray();

    private static SessionRecord ToRecord(SessionRow r)
    {
        var segments = SegmentColumn.Read(r.Segments);
        var routine = RoutineSnapshot.Deserialize(r.RoutineJson);
        var level = Enum<Level>(r.Level);
        return new SessionRecord
        {
            Id = Guid.Parse(r.Id),
            UserId = r.UserId,
            Routine = routine,
            Level = level,
            StartedAt = Parse(r.StartedAt),
            EndedAt = r.EndedAt is null ? null : Parse(r.EndedAt),
            TimeZone = r.TimeZone,
            Completed = r.Completed != 0,
            Segments = segments,
            PainBefore = r.PainBefore is { } before ? new PainScore((int)before) : null,
            PainAfter = r.PainAfter is { } after ? new PainScore((int)after) : null,
            Note = r.Note,
            Checkpoint = r.CheckpointSegment is { } segment ? new SessionCheckpoint(routine.Id, level, (int)segment, r.CheckpointSeconds ?? 0) : null,
            Measurements = r.Measurements is { } measurements ? ReadMeasurements(measurements) : null,
        };
    }

    internal static SessionMeasurements ReadMeasurements(string column)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize(column, StorageJson.Compact.Info<SessionMeasurements>())
                ?? throw new StoreException("its measurements are null");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new StoreException($"its measurements are not valid JSON ({e.Message})");
        }
    }

    private static T Enum<T>(string text) where T : struct, System.Enum =>
        Kebab.TryParse<T>(text, out var value) ? value : throw new StoreException($"unexpected value '{text}' for {typeof(T).Name} in the database");

    internal sealed class SessionRow
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string RoutineJson { get; set; } = "";
        public string Level { get; set; } = "";
        public string StartedAt { get; set; } = "";
        public string? EndedAt { get; set; }
        public string TimeZone { get; set; } = "";
        public long Completed { get; set; }
        public long? PainBefore { get; set; }
        public long? PainAfter { get; set; }
        public string? Note { get; set; }
        public long? CheckpointSegment { get; set; }
        public double? CheckpointSeconds { get; set; }
        public string Segments { get; set; } = "[]";
        public string? Measurements { get; set; }
    }
}
