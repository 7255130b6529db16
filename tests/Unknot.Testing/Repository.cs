namespace Unknot.Testing;

/// <summary>The repository the tests were built from, for the files a test reads as they are shipped (docs, deploy, assets).</summary>
public static class Repository
{
    /// <summary>The folder that holds <c>Unknot.slnx</c>, found above the running tests.</summary>
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Unknot.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("the repository is not above the tests");
    }
}
