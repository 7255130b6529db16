namespace Unknot.Testing;

/// <summary>Builds exercise and routine YAML text for tests, valid unless a test changes a part.</summary>
public sealed record ExerciseYaml(
    string Id = "test-stretch",
    string Kind = "static-hold",
    string Positions = "[standing]",
    string Equipment = "[]",
    string Targets = "[neck]",
    string Blocks = "    - kind: hold\n      seconds: 30\n      cue: Hold it.\n",
    string Extra = "")
{
    /// <summary>The YAML text of one exercise file.</summary>
    public string Text() => $"""
        id: {Id}
        name: Test {Id}
        summary: A stretch made up for a test.
        kind: {Kind}
        positions: {Positions}
        equipment: {Equipment}
        targets: {Targets}
        setup:
          - Get into position.
        dose:
          blocks:
        {Blocks}{Extra}sources:
          - article: A test article
            author: Nobody
            expert: Nobody
            said: Nothing.
        """ + "\n";

    /// <summary>Writes the file into <c>home/exercises/</c> and returns its path.</summary>
    public string WriteTo(string home, string? fileName = null)
    {
        var directory = Path.Combine(home, "exercises");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName ?? $"{Id}.yaml");
        File.WriteAllText(path, Text());
        return path;
    }
}
