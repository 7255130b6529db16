using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Unknot.Web.Tests;

/// <summary>A log that keeps every line, as "Level: message" and then the exception's message when there is one.</summary>
internal sealed class KeptLog(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        lines.Enqueue($"{logLevel}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.Message)}");

    public void Dispose()
    {
    }
}
