using System.Diagnostics;

namespace Unknot.Cli.Player;

/// <summary>Speaks cues aloud.</summary>
public interface IVoice : IDisposable
{
    /// <summary>Says <paramref name="text"/>, cutting off whatever it was still saying.</summary>
    void Say(string text);
}

/// <summary>Speech through the <c>espeak-ng</c> program, where it is installed.</summary>
internal sealed class EspeakVoice(string program) : IVoice
{
    private Process? _speaking;

    /// <summary>The voice, or the reason there is none.</summary>
    public static (IVoice? Voice, string? Missing) Find()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "espeak-ng"))
            .FirstOrDefault(File.Exists);
        return path is null
            ? (null, "voice: espeak-ng is not installed, so cues are shown but not spoken (install it with 'sudo apt-get install espeak-ng')")
            : (new EspeakVoice(path), null);
    }

    public void Say(string text)
    {
        StopSpeaking();
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-s");
        start.ArgumentList.Add("160");
        start.ArgumentList.Add(text);
        try
        {
            _speaking = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // The program vanished since we looked; stay silent rather than break the session.
            _speaking = null;
        }
    }

    public void Dispose() => StopSpeaking();

    private void StopSpeaking()
    {
        try
        {
            if (_speaking is { HasExited: false })
            {
                _speaking.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _speaking?.Dispose();
        _speaking = null;
    }
}
