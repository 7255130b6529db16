namespace Unknot.Progress;

/// <summary>Finds time zones by the ids stored with sessions.</summary>
public static class TimeZones
{
    /// <summary>The zone with this id, or UTC when the id is unknown on this machine.</summary>
    public static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
        catch (InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    /// <summary>True when this machine knows the id.</summary>
    public static bool Exists(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    /// <summary>The local calendar day of an instant in a zone.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
