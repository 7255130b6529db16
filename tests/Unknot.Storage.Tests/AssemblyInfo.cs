// One throwaway PostgreSQL server for the whole run; each test of the PostgreSQL provider makes its own database.
[assembly: AssemblyFixture(typeof(Unknot.Testing.PostgresServer))]
