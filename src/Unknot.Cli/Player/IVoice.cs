using System.Diagnostics;

namespace Unknot.Cli.Player;

/// <summary>Speaks cues aloud.</summary>
public interface IVoice : IDisposable
{
    /// <summary>Says <paramref name="text"/>, cutting off whatever it was still saying.</summary>
    void Say(string text);

    /// <summary>Why speech failed (no audio device, an unknown voice), once it has; it then stays silent.</summary>
    string? Trouble => null;
}

/// <summary>Speech through the <c>espeak-ng</c> program, where it is installed.</summary>
internal sealed class EspeakVoice(string program, string? voiceName = null) : IVoice
{
    private readonly Lock _gate = new();
    private Process? _speaking;
    private readonly HashSet<Process> _cutOff = [];

    /// <summary>The voice (<paramref name="voiceName"/>, an espeak-ng voice such as <c>en-gb</c>, when set), or the reason there is none.</summary>
    public static (IVoice? Voice, string? Missing) Find(string? voiceName) => Find(Environment.GetEnvironmentVariable("PATH"), voiceName);

    /// <summary>The same, looking for the program on <paramref name="searchPath"/>.</summary>
    internal static (IVoice? Voice, string? Missing) Find(string? searchPath, string? voiceName)
    {
        var path = (searchPath ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "espeak-ng"))
            .FirstOrDefault(File.Exists);
        return path is null
            ? (null, "voice: espeak-ng is not installed, so cues are shown but not spoken (install it with 'sudo apt-get install espeak-ng')")
            : (new EspeakVoice(path, voiceName), null);
    }

    /// <inheritdoc />
    public string? Trouble { get; private set; }

    /// <summary>The speech under way, for tests to wait on.</summary>
    internal Process? Speaking => _speaking;

    public void Say(string text)
    {
        lock (_gate)
        {
            StopSpeaking();
            if (Trouble is not null)
            {
                return;
            }
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (voiceName is { Length: > 0 })
            {
                start.ArgumentList.Add("-v");
                start.ArgumentList.Add(voiceName);
            }
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add("160");
            start.ArgumentList.Add(text);
            try
            {
                var process = new Process { StartInfo = start, EnableRaisingEvents = true };
                var errors = new System.Text.StringBuilder();
                process.ErrorDataReceived += (_, e) =>
                {
                    if (e.Data is { Length: > 0 } line && errors.Length < 500)
                    {
                        errors.Append(errors.Length > 0 ? "; " : "").Append(line.Trim());
                    }
                };
                process.Exited += (_, _) =>
                {
                    process.WaitForExit();
                    lock (_gate)
                    {
                        // Cut off on purpose (the next cue) is not trouble; a failure of its own is.
                        if (!_cutOff.Remove(process) && process.ExitCode != 0 && Trouble is null)
                        {
                            Trouble = $"voice: espeak-ng failed ({(errors.Length > 0 ? errors.ToString() : $"exit code {process.ExitCode}")}), so cues are shown but not spoken; --no-voice or 'unknot settings voice off' turns it off";
                        }
                    }
                };
                process.Start();
                process.BeginErrorReadLine();
                process.StandardOutput.Close();
                _speaking = process;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                Trouble = $"voice: espeak-ng could not be started ({e.Message}), so cues are shown but not spoken";
                _speaking = null;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            StopSpeaking();
        }
    }

    private void StopSpeaking()
    {
        try
        {
            if (_speaking is { HasExited: false })
            {
                _cutOff.Add(_speaking);
                _speaking.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _speaking = null;
    }
}
