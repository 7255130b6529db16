namespace Unknot.Cli.Player;

/// <summary>Keys the user pressed, read without blocking.</summary>
public interface IKeyInput
{
    /// <summary>The next pressed key, if any.</summary>
    bool TryRead(out ConsoleKeyInfo key);
}

/// <summary>The real keyboard of the terminal.</summary>
internal sealed class ConsoleKeys : IKeyInput
{
    public bool TryRead(out ConsoleKeyInfo key)
    {
        if (!Console.IsInputRedirected && Console.KeyAvailable)
        {
            key = Console.ReadKey(intercept: true);
            return true;
        }
        key = default;
        return false;
    }
}
