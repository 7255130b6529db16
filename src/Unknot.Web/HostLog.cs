namespace Unknot.Web;

/// <summary>
/// The host's own log, less its report of a start that failed in a way <see cref="WebApp.StartFailure"/> says in one
/// line (a port another program holds, an address this computer does not have): that report is a stack trace, and the
/// program says the same in one line of its own. Every other line of the host is logged as it comes, errors included
/// (a service that failed to start or stopped with an exception).
/// </summary>
internal static class HostLog
{
    /// <summary>
    /// Gives the host this log. The host's type is internal to Microsoft.Extensions.Hosting, so its
    /// <c>ILogger&lt;Host&gt;</c> is named through reflection; a logging filter sees only the category and the level,
    /// not the exception that tells a busy port from any other error.
    /// </summary>
    public static void Register(IServiceCollection services)
    {
        var host = typeof(HostBuilder).Assembly.GetType("Microsoft.Extensions.Hosting.Internal.Host", throwOnError: true)!;
        services.AddSingleton(typeof(ILogger<>).MakeGenericType(host), typeof(WithoutStartFailures<>).MakeGenericType(host));
    }

    private sealed class WithoutStartFailures<T>(ILoggerFactory loggers) : ILogger<T>
    {
        private readonly ILogger _log = loggers.CreateLogger<T>();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => _log.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => _log.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is null || WebApp.StartFailure(exception, "") is null)
            {
                _log.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
