using Unknot.App.Fields;
using Unknot.Dosing;

namespace Unknot.App.Readers;

/// <summary>The level of a request, the same on every surface: the one given, else the person's <c>level</c> setting.</summary>
public static class LevelReader
{
    /// <summary>
    /// <paramref name="given"/> read as a level (<c>gentle</c>, <c>standard</c>, <c>deep</c>), or
    /// <paramref name="otherwise"/> when none was given; the problem names the field <c>level</c>.
    /// </summary>
    public static ReadResult<Level> Read(string? given, Level otherwise) => given is null
        ? ReadResult<Level>.From(() => otherwise)
        : ReadResult<Level>.From(() => TextInput.Of([KeyValuePair.Create("level", (string?)given)]).Required("level").Word<Level>());
}
