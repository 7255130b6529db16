namespace Unknot.Cli.Completion;

/// <summary>
/// The script each shell sources. Each only hands the words typed so far to <c>unknot complete</c> and offers what
/// it prints, one candidate a line, so commands, options, ids and values come from the program itself. When it
/// prints nothing (a file, a number, a note), the shell completes file names as it would without the script.
/// </summary>
internal static class CompletionScripts
{
    public static string For(Shell shell) => shell switch
    {
        Shell.Bash => Bash,
        Shell.Zsh => Zsh,
        Shell.Fish => Fish,
        _ => throw new ArgumentOutOfRangeException(nameof(shell), shell, "no script for this shell"),
    };

    // COMP_WORDS[1..COMP_CWORD] are the words after the program's name, the one being completed last.
    private const string Bash = """
        # unknot completion for bash; in ~/.bashrc: source <(unknot completions bash)
        _unknot() {
            mapfile -t COMPREPLY < <(unknot complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
        }
        complete -o default -F _unknot unknot

        """;

    // Sourced (source <(unknot completions zsh)) it registers itself; saved as _unknot in $fpath, compinit loads it.
    private const string Zsh = """
        #compdef unknot
        # unknot completion for zsh; in ~/.zshrc, after compinit: source <(unknot completions zsh)
        _unknot() {
            local -a candidates
            candidates=(${(f)"$(unknot complete -- "${(@)words[2,CURRENT]}" 2>/dev/null)"})
            if (( ${#candidates} )); then
                compadd -- "${candidates[@]}"
            else
                _files
            fi
        }
        if [[ "${funcstack[1]}" == _unknot ]]; then
            _unknot "$@"
        else
            compdef _unknot unknot
        fi

        """;

    private const string Fish = """
        # unknot completion for fish: unknot completions fish > ~/.config/fish/completions/unknot.fish
        function __unknot_complete
            set -l words (commandline -opc)
            set -e words[1]
            set -l candidates (unknot complete -- $words (commandline -ct) 2>/dev/null)
            if test (count $candidates) -gt 0
                printf '%s\n' $candidates
            else
                __fish_complete_path (commandline -ct)
            end
        end
        complete -c unknot -f -a '(__unknot_complete)'

        """;
}
