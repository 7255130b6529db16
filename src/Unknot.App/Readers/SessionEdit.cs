using Unknot.App.Fields;
using Unknot.Progress;

namespace Unknot.App.Readers;

/// <summary>
/// What a person may correct in a stored session: fields <c>painBefore</c> and <c>painAfter</c> (0–10) and
/// <c>note</c> (an empty note removes it). What was played stays as it was.
/// </summary>
public sealed record SessionEdit(int? PainBefore, int? PainAfter, string? Note)
{
    /// <summary>Reads an edit; one with nothing to change is a problem.</summary>
    public static ReadResult<SessionEdit> Read(Input input) => ReadResult<SessionEdit>.From(() =>
    {
        var edit = new SessionEdit(
            input.Optional("painBefore")?.Int(PainScore.Min, PainScore.Max),
            input.Optional("painAfter")?.Int(PainScore.Min, PainScore.Max),
            SessionNote.Read(input));
        return edit is { PainBefore: null, PainAfter: null, Note: null }
            ? throw new FieldException(FieldProblem.Naming(FieldProblem.Request, "give {painBefore}, {painAfter} or {note} to change"))
            : edit;
    });

    /// <summary><paramref name="session"/> with these changes.</summary>
    public SessionRecord ApplyTo(SessionRecord session) => session with
    {
        PainBefore = PainBefore is { } before ? new PainScore(before) : session.PainBefore,
        PainAfter = PainAfter is { } after ? new PainScore(after) : session.PainAfter,
        Note = Note is null ? session.Note : Note.Trim().Length == 0 ? null : Note.Trim(),
    };
}
