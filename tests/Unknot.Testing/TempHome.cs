namespace Unknot.Testing;

/// <summary>A fresh, empty Unknot home folder for one test, deleted afterwards.</summary>
public sealed class TempHome : IDisposable
{
    /// <summary>Creates the folder under the system temp path.</summary>
    public TempHome()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "unknot-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Writes a file at a path relative to the home, creating folders, and returns its full path.</summary>
    public string Write(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Makes a named pipe (a FIFO) at a path relative to the home, creating folders, and returns its full path.</summary>
    public string Pipe(string relative)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [full]);
        mkfifo.WaitForExit();
        return mkfifo.ExitCode == 0 ? full : throw new IOException($"mkfifo {full} failed");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned eventually anyway.
        }
    }
}
