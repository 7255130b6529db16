using Unknot.Cli.Player;
using Unknot.Testing;

namespace Unknot.Cli.Tests;

/// <summary>The terminal's voice, with a stand-in espeak-ng program: the voice setting reaches it, and a failure is said.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class VoiceTests : IDisposable
{
    private readonly TempHome _bin = new();

    public void Dispose() => _bin.Dispose();

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private string FakeEspeak(string script)
    {
        var path = _bin.Write("espeak-ng", "#!/bin/sh\n" + script + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return _bin.Path;
    }

    [Fact]
    public async Task The_voice_name_setting_is_passed_to_espeak_ng()
    {
        var said = Path.Combine(_bin.Path, "said.txt");
        var (voice, missing) = EspeakVoice.Find(FakeEspeak($"echo \"$@\" > {said}"), "en-gb");
        missing.ShouldBeNull();
        using var speaker = (EspeakVoice)voice!;

        speaker.Say("Hold it.");
        await speaker.Speaking!.WaitForExitAsync(TestContext.Current.CancellationToken);

        File.ReadAllText(said).Trim().ShouldBe("-v en-gb -s 160 Hold it.");
        speaker.Trouble.ShouldBeNull();
    }

    [Fact]
    public async Task A_failing_espeak_ng_is_reported_once_and_then_left_alone()
    {
        var (voice, _) = EspeakVoice.Find(FakeEspeak("echo 'cannot open audio device hw:0' >&2; exit 1"), null);
        using var speaker = (EspeakVoice)voice!;

        speaker.Say("Hold it.");
        var first = speaker.Speaking!;
        await first.WaitForExitAsync(TestContext.Current.CancellationToken);
        // The Exited handler runs just after the process is gone (an event, waited for, not an amount of time).
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (speaker.Trouble is null && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Yield();
        }
        speaker.Say("Switch sides.");

        speaker.Trouble.ShouldNotBeNull();
        speaker.Trouble.ShouldContain("cannot open audio device hw:0");
        speaker.Trouble.ShouldContain("--no-voice");
        speaker.Speaking.ShouldBeNull();
    }
}
