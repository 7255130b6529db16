using System.Reflection;

namespace Unknot.Cli.Tests;

/// <summary>
/// The "must not depend on" line of each project's README, read from the assemblies' own references: the flow goes
/// one way (Core ← Storage ← App ← the shells), and a shell never reaches into another.
/// </summary>
public sealed class DependencyTests
{
    public static TheoryData<string, string[]> Forbidden => new()
    {
        // Core: the domain, with YamlDotNet as its only package.
        { "Unknot.Core", ["Unknot.", "Microsoft.AspNetCore", "Microsoft.Data.Sqlite", "Npgsql", "Dapper", "System.CommandLine", "Spectre.Console"] },
        { "Unknot.Storage", ["Unknot.App", "Unknot.Cli", "unknot", "Unknot.Web", "Microsoft.AspNetCore", "System.CommandLine", "Spectre.Console"] },
        { "Unknot.Storage.Postgres", ["Unknot.App", "Unknot.Cli", "unknot", "Unknot.Web", "Microsoft.AspNetCore", "System.CommandLine", "Spectre.Console"] },
        { "Unknot.App", ["Unknot.Cli", "unknot", "Unknot.Web", "Microsoft.AspNetCore", "System.CommandLine", "Spectre.Console"] },
        // The CLI starts the web app as a process of its own for `serve`; it never links it, nor what hosted mode uses.
        { "unknot", ["Unknot.Web", "Unknot.Storage.Postgres", "Npgsql", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore"] },
        { "Unknot.Web", ["Unknot.Cli", "unknot", "System.CommandLine", "Spectre.Console"] },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Each_project_references_only_what_its_readme_allows(string project, string[] forbidden)
    {
        var references = Assembly.Load(project).GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        references.Where(r => forbidden.Any(f => f.EndsWith('.') ? r.StartsWith(f, StringComparison.Ordinal) : r == f || r.StartsWith(f + ".", StringComparison.Ordinal)))
            .ShouldBeEmpty($"{project} references {string.Join(", ", references.Order())}");
    }

    [Fact]
    public void Core_uses_no_package_but_yaml()
    {
        var references = typeof(Unknot.Catalog.ExerciseCatalog).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        references.Where(r => !r.StartsWith("System", StringComparison.Ordinal) && r is not ("netstandard" or "mscorlib")).ShouldBe(["YamlDotNet"]);
    }
}
