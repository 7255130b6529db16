using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Unknot.Testing;
using Unknot.Web.Hosted;

namespace Unknot.Web.Tests;

/// <summary>
/// The real app in hosted mode, in this process, on a throwaway PostgreSQL database, configured as if it listened on
/// <c>http://0.0.0.0</c>: what it does that a sign-in costs is counted (passwords checked and hashed, commands sent to
/// the accounts' tables), and what it logs is kept.
/// </summary>
public sealed class HostedTestApp : WebApplicationFactory<Program>
{
    private readonly PostgresServer _postgres = new();
    private readonly string _database;
    private readonly Counter _counter = new();

    public HostedTestApp() => _database = _postgres.NewDatabase();

    public TempHome Home { get; } = new();

    /// <summary>What the app has done so far.</summary>
    public Work Done
    {
        get
        {
            lock (_counter)
            {
                return new Work(_counter.Checks, _counter.Hashes, [.. _counter.Commands]);
            }
        }
    }

    /// <summary>Every line logged so far.</summary>
    public ConcurrentQueue<string> Logged { get; } = new();

    /// <summary>
    /// Passwords checked against a hash, passwords hashed anew, and the commands sent to the accounts' tables, each by
    /// the word it starts with (SELECT, UPDATE…).
    /// </summary>
    public sealed record Work(int Checks, int Hashes, IReadOnlyList<string> Commands)
    {
        /// <summary>What was done since <paramref name="before"/>.</summary>
        public Work Since(Work before) => new(Checks - before.Checks, Hashes - before.Hashes, [.. Commands.Skip(before.Commands.Count)]);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("UNKNOT_HOME", Home.Path);
        builder.UseSetting("hosted", "true");
        builder.UseSetting("connection", _database);
        builder.UseSetting("urls", "http://0.0.0.0:5099");
        builder.UseSetting("sign-in-limit", "100000");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(_counter);
            services.AddScoped<IPasswordHasher<IdentityUser>, CountingHasher>();
            services.ConfigureDbContext<AccountsDb>(db => db.AddInterceptors(_counter));
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(new KeptLog(Logged));
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

    /// <summary>Counts what the hasher and the accounts' database are asked to do.</summary>
    private sealed class Counter : DbCommandInterceptor
    {
        public int Checks;
        public int Hashes;
        public readonly List<string> Commands = [];

        private void Sent(DbCommand command)
        {
            lock (this)
            {
                Commands.Add(command.CommandText.TrimStart().Split(' ', 2)[0].ToUpperInvariant());
            }
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Sent(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Sent(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Sent(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            Sent(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Sent(command);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
            CancellationToken cancellationToken = default)
        {
            Sent(command);
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Identity's own hasher, counting how often it checks a password against a hash and how often it hashes one.</summary>
    private sealed class CountingHasher(Counter counter) : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _hasher = new();

        public string HashPassword(IdentityUser user, string password)
        {
            lock (counter)
            {
                counter.Hashes++;
            }
            return _hasher.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            lock (counter)
            {
                counter.Checks++;
            }
            return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
