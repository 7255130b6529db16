using System.Text.Json;
using Unknot.Text;

namespace Unknot.Cli.Json;

/// <summary>Writes <c>--json</c> output with the one configuration every surface uses.</summary>
internal static class JsonOutput
{
    public static void Write<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, App.Views.AppJson.Indented.Info<T>()));
}
