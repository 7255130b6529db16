using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>
/// The real app in hosted mode, in this process, on a throwaway PostgreSQL database, configured as if it listened on
/// <c>http://0.0.0.0</c>: its password hasher counts the checks it makes, and what it logs is kept.
/// </summary>
public sealed class HostedTestApp : WebApplicationFactory<Program>
{
    private readonly PostgresServer _postgres = new();
    private readonly string _database;

    public HostedTestApp() => _database = _postgres.NewDatabase();

    public TempHome Home { get; } = new();

    /// <summary>Passwords checked against a hash so far.</summary>
    public int PasswordChecks => Volatile.Read(ref _checks.Count);

    /// <summary>Every line logged so far.</summary>
    public ConcurrentQueue<string> Logged { get; } = new();

    private readonly CountingHasher.Counter _checks = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("UNKNOT_HOME", Home.Path);
        builder.UseSetting("hosted", "true");
        builder.UseSetting("connection", _database);
        builder.UseSetting("urls", "http://0.0.0.0:5099");
        builder.UseSetting("sign-in-limit", "100000");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(_checks);
            services.AddScoped<IPasswordHasher<IdentityUser>, CountingHasher>();
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(new KeepingLogger(Logged));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _postgres.Dispose();
            Home.Dispose();
        }
    }

    /// <summary>Identity's own hasher, counting how often a password is checked against a hash.</summary>
    private sealed class CountingHasher(CountingHasher.Counter counter) : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _hasher = new();

        public sealed class Counter
        {
            public int Count;
        }

        public string HashPassword(IdentityUser user, string password) => _hasher.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref counter.Count);
            return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    /// <summary>Keeps every line logged, with its level.</summary>
    private sealed class KeepingLogger(ConcurrentQueue<string> lines) : Microsoft.Extensions.Logging.ILoggerProvider, Microsoft.Extensions.Logging.ILogger
    {
        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) => lines.Enqueue($"{logLevel}: {formatter(state, exception)}");

        public void Dispose()
        {
        }
    }
}
