using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Unknot.Testing;
using Unknot.Web.Hosted;

namespace Unknot.Web.Tests;

/// <summary>Hosted mode's settings: the pool, the sign-in limit and the password length, read and checked at start.</summary>
public sealed class HostedOptionsTests
{
    private static HostedOptions? From(params (string Key, string Value)[] settings) =>
        HostedOptions.From(new ConfigurationBuilder().AddInMemoryCollection(
            settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)).Prepend(KeyValuePair.Create("hosted", (string?)"true"))).Build());

    [Fact]
    public void The_pool_is_20_connections_unless_the_connection_string_or_pool_size_says_otherwise()
    {
        From(("connection", "Host=db;Database=unknot"))!.PoolSize.ShouldBe(20);
        From(("connection", "Host=db;Database=unknot;Maximum Pool Size=50"))!.PoolSize.ShouldBe(50);
        From(("connection", "Host=db;Database=unknot;MaxPoolSize=40"))!.PoolSize.ShouldBe(40);
        var given = From(("connection", "Host=db;Database=unknot;Maximum Pool Size=50"), ("UNKNOT_POOL_SIZE", "8"))!;
        given.PoolSize.ShouldBe(8);
        new Npgsql.NpgsqlConnectionStringBuilder(given.PooledConnection).MaxPoolSize.ShouldBe(8);
    }

    [Fact]
    public void A_pool_smaller_than_the_connection_strings_minimum_is_refused_naming_both() =>
        Should.Throw<HostedOptionsException>(() => From(("connection", "Host=db;Database=unknot;Minimum Pool Size=30"), ("pool-size", "20"))).Message
            .ShouldBe("--pool-size: 20 connections is fewer than the connection string's Minimum Pool Size (30); raise one or lower the other");

    [Theory]
    [InlineData("pool-size", "2", "--pool-size: must be a whole number from 3 to 1000, got '2'")]
    [InlineData("pool-size", "many", "--pool-size: must be a whole number from 3 to 1000, got 'many'")]
    [InlineData("sign-in-limit", "0", "--sign-in-limit: must be a whole number from 1 to 100000, got '0'")]
    [InlineData("password-length", "6", "--password-length: must be a whole number from 8 to 128, got '6'")]
    public void A_wrong_number_stops_the_instance_naming_the_setting_and_what_would_do(string key, string value, string message) =>
        Should.Throw<HostedOptionsException>(() => From(("connection", "Host=db;Database=unknot"), (key, value))).Message.ShouldBe(message);

    [Fact]
    public void Sign_ins_and_passwords_have_their_defaults()
    {
        var options = From(("connection", "Host=db;Database=unknot"))!;

        options.SignInLimit.ShouldBe(10);
        options.PasswordLength.ShouldBe(12);
        options.Proxies.ShouldBeEmpty();
    }

    [Fact]
    public void The_systemd_unit_names_every_environment_variable_the_settings_table_lists()
    {
        var hosting = File.ReadAllText(Path.Combine(Repository.Folder, "docs", "hosting.md"));
        var table = hosting[hosting.IndexOf("## Settings", StringComparison.Ordinal)..hosting.IndexOf("## Accounts", StringComparison.Ordinal)];
        var unit = File.ReadAllText(Path.Combine(Repository.Folder, "deploy", "unknot@.service"));

        var listed = Regex.Matches(table, @"`(UNKNOT_[A-Z_]+)").Select(m => m.Groups[1].Value).Distinct().ToArray();

        listed.ShouldNotBeEmpty();
        listed.Where(name => !Regex.IsMatch(unit, $@"\b{name}\b")).ShouldBeEmpty();
    }
}
