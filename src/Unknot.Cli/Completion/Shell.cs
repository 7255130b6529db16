namespace Unknot.Cli.Completion;

/// <summary>The shells <c>unknot completions</c> writes a script for.</summary>
internal enum Shell
{
    Bash,
    Zsh,
    Fish,
}
