namespace Unknot.Storage.Tests;

/// <summary>Migration scripts are sent a statement at a time; the split must not cut inside a function body, a string or a comment.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void A_script_splits_at_its_own_semicolons_only()
    {
        var script = new Migration(1, "001_x", """
            -- A comment; with a semicolon.
            CREATE TABLE a (note TEXT DEFAULT 'x;y');

            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE a SET note = 'z';
                RETURN NEW;
            END;
            $$;
            -- The end.
            """);

        var statements = script.Statements();

        statements.Count.ShouldBe(2);
        statements[0].ShouldEndWith("CREATE TABLE a (note TEXT DEFAULT 'x;y')");
        statements[1].ShouldStartWith("CREATE FUNCTION f()");
        statements[1].ShouldEndWith("END;\n$$");
    }

    [Fact]
    public void Every_shipped_script_splits_into_statements_that_each_end_their_own_way()
    {
        foreach (var migration in Migrations.For("sqlite").Concat(Postgres.PostgresStore.Scripts))
        {
            var statements = migration.Statements();
            statements.ShouldNotBeEmpty(migration.Name);
            statements.ShouldAllBe(s => !s.EndsWith(';'), migration.Name);
        }
        Postgres.PostgresStore.Scripts[0].Statements().Count(s => s.StartsWith("CREATE TRIGGER", StringComparison.Ordinal)).ShouldBe(5);
    }
}
