using Unknot.App.Fields;

namespace Unknot.App.Readers;

/// <summary>A lone text field of a body, for a request that carries nothing else (an access token's name).</summary>
public static class TextFieldReader
{
    /// <summary>The text in <paramref name="field"/>, null when absent; not text, too long or broken Unicode is a problem.</summary>
    public static ReadResult<string?> Optional(Input input, string field, int maxLength) =>
        ReadResult<string?>.From(() => input.Optional(field)?.String(maxLength));
}
