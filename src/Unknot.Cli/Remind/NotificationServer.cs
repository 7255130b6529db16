using Tmds.DBus.Protocol;

namespace Unknot.Cli.Remind;

/// <summary>What the desktop says of the notification server a reminder needs.</summary>
internal enum NotifierState
{
    /// <summary>Something owns <c>org.freedesktop.Notifications</c> on the session bus, or the bus started it when asked.</summary>
    Ready,

    /// <summary>No session bus is named: <c>DBUS_SESSION_BUS_ADDRESS</c> is not set and <c>$XDG_RUNTIME_DIR/bus</c> is not there.</summary>
    NoSessionBus,

    /// <summary>The session bus named does not answer.</summary>
    BusUnreachable,

    /// <summary>The bus answers, but no notification server runs on it and none can be started.</summary>
    NoServer,
}

/// <summary>
/// Asks the session bus whether a notification server is there, as <c>notify-send</c> would need it: without one,
/// <c>notify-send --wait</c> never ends and no reminder is ever seen. A server the bus starts on demand (D-Bus
/// activation, as many desktops start theirs) counts, so the bus is asked to start it when nothing owns the name yet.
/// </summary>
internal static class NotificationServer
{
    /// <summary>The well-known name of the freedesktop notification service.</summary>
    public const string Name = "org.freedesktop.Notifications";

    private const string Bus = "org.freedesktop.DBus";

    /// <summary>
    /// The session bus's address as GLib's clients (notify-send, gdbus) find it: <c>DBUS_SESSION_BUS_ADDRESS</c>,
    /// else the per-user bus at <c>$XDG_RUNTIME_DIR/bus</c>; null when there is neither.
    /// </summary>
    public static string? Address(Func<string, string?> environment)
    {
        if (environment("DBUS_SESSION_BUS_ADDRESS") is { Length: > 0 } address)
        {
            return address;
        }
        return environment("XDG_RUNTIME_DIR") is { Length: > 0 } runtime && File.Exists(Path.Combine(runtime, "bus"))
            ? $"unix:path={Path.Combine(runtime, "bus")}"
            : null;
    }

    /// <summary>Whether a notification server is there, asked within <paramref name="timeout"/> (a bus that does not answer by then does not answer).</summary>
    public static NotifierState Check(string? address, TimeSpan timeout)
    {
        if (address is null)
        {
            return NotifierState.NoSessionBus;
        }
        try
        {
            // Disposed on the way out, a connection still waiting when the time is up lets go of its calls.
            using var connection = new DBusConnection(address);
            return CheckAsync(connection).WaitAsync(timeout).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is DBusConnectionException or TimeoutException or ArgumentException)
        {
            return NotifierState.BusUnreachable;
        }
    }

    private static async Task<NotifierState> CheckAsync(DBusConnection connection)
    {
        await connection.ConnectAsync();
        try
        {
            if (await connection.CallMethodAsync(Call(connection, "NameHasOwner", null), (m, _) => m.GetBodyReader().ReadBool(), null))
            {
                return NotifierState.Ready;
            }
            // 1: started now, 2: already running. The reply comes once the started server owns the name.
            var started = await connection.CallMethodAsync(Call(connection, "StartServiceByName", 0u), (m, _) => m.GetBodyReader().ReadUInt32(), null);
            return started is 1 or 2 ? NotifierState.Ready : NotifierState.NoServer;
        }
        catch (DBusErrorReplyException)
        {
            // Not activatable (ServiceUnknown), or the server it would start failed (Spawn.*).
            return NotifierState.NoServer;
        }
    }

    private static MessageBuffer Call(DBusConnection connection, string member, uint? flags)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(destination: Bus, path: "/org/freedesktop/DBus", @interface: Bus, member: member, signature: flags is null ? "s" : "su");
        writer.WriteString(Name);
        if (flags is { } f)
        {
            writer.WriteUInt32(f);
        }
        return writer.CreateMessage();
    }

    /// <summary>The one line that says why no reminder can be shown and what would let one be; null when one can.</summary>
    public static string? Problem(NotifierState state) => state switch
    {
        NotifierState.Ready => null,
        NotifierState.NoSessionBus => "no D-Bus session bus here (DBUS_SESSION_BUS_ADDRESS is not set), so no reminder can be shown; "
            + $"run 'unknot remind' inside your desktop session, or {Browser}",
        NotifierState.BusUnreachable => "the D-Bus session bus in DBUS_SESSION_BUS_ADDRESS does not answer, so no reminder can be shown; "
            + $"run 'unknot remind' inside your desktop session, or {Browser}",
        _ => $"no notification server is running ({Name} has no owner on the session bus), so no reminder can be shown; "
            + $"start one, such as dunst, or {Browser}",
    };

    private const string Browser = "use the reminders in the browser (the web app's Settings: Remind me in this browser)";
}
