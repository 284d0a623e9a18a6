using KubeSharp.Storage.Sqlite;

namespace KubeSharp.Storage.Tests.Sqlite;

/// <summary>A temporary directory holding one test's database files; deleted on dispose, even after a failure.</summary>
public sealed class SqliteBackend : IDisposable
{
    public SqliteBackend()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("kubesharp-storage-").FullName;
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "state.db");

    public SqliteStorage Open(StorageOptions options, TimeProvider timeProvider) =>
        SqliteStorage.Open(DatabasePath, options, timeProvider);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still open on a failing path must not hide the test's own failure.
        }
    }
}
