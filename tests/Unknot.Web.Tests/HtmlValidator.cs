using System.Diagnostics;
using System.Text.Json;
using Unknot.Testing;

namespace Unknot.Web.Tests;

/// <summary>
/// The Nu Html Checker (vnu.jar, pinned in this folder's package.json; <c>npm ci</c> installs it) run on the
/// machine's Java over many pages at once: its JVM takes seconds to start, each page then a few milliseconds.
/// </summary>
internal static class HtmlValidator
{
    /// <summary>Every error the checker finds, as <c>page, line N: message</c>; <paramref name="pages"/> maps a page's name to its HTML.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IReadOnlyDictionary<string, string> pages, CancellationToken cancel)
    {
        var jar = Path.Combine(Repository(), "tests", "Unknot.Web.Tests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        File.Exists(jar).ShouldBeTrue($"the HTML checker is missing: run 'npm ci --ignore-scripts' in tests/Unknot.Web.Tests (./test.sh does); looked for {jar}");
        using var folder = new TempHome();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (page, html) in pages)
        {
            var file = $"{names.Count}.html";
            names[file] = page;
            await File.WriteAllTextAsync(Path.Combine(folder.Path, file), html, cancel);
        }

        // The checker's schema needs a deep stack (it says so, and fails, below 512k); stopping at the first tier of
        // the JIT halves its run, which is spent starting up.
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-Xss4m", "-XX:TieredStopAtLevel=1", "-jar", jar, "--format", "json", "--errors-only", "--stdout" }
                     .Concat(names.Keys.Select(f => Path.Combine(folder.Path, f))))
        {
            start.ArgumentList.Add(arg);
        }
        using var java = Process.Start(start) ?? throw new InvalidOperationException("java did not start: install a Java runtime (./test.sh does)");
        var output = java.StandardOutput.ReadToEndAsync(cancel);
        var error = java.StandardError.ReadToEndAsync(cancel);
        await java.WaitForExitAsync(cancel);
        // Exit code 1 means errors were found; the report says which. Anything unreadable is the checker's own failure.
        var report = await output;
        report.ShouldStartWith("{", customMessage: $"the HTML checker gave no report (exit {java.ExitCode}): {await error}");

        var errors = new List<string>();
        foreach (var message in JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray())
        {
            var file = message.TryGetProperty("url", out var url) ? url.GetString()!.Split('/')[^1] : "";
            var page = names.GetValueOrDefault(file, file);
            var line = message.TryGetProperty("firstLine", out var first) ? first.GetInt32()
                : message.TryGetProperty("lastLine", out var last) ? last.GetInt32() : 0;
            errors.Add($"{page}, line {line}: {message.GetProperty("message").GetString()}");
        }
        return errors;
    }

    internal static string Repository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Unknot.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("the repository is not above the tests");
    }
}
