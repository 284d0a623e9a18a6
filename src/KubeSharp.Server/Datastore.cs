using KubeSharp.Storage;
using KubeSharp.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Server;

/// <summary>Opens the datastore <c>--datastore-endpoint</c> names: SQLite in the data directory by default.</summary>
public static class Datastore
{
    /// <summary>k3s's location for its embedded SQLite database, under our data directory.</summary>
    public static string DefaultSqlitePath(string dataDir) => Path.Combine(dataDir, "db", "state.db");

    public static IStorage Open(ServerOptions options, TimeProvider time, ILoggerFactory loggerFactory)
    {
        var endpoint = options.DatastoreEndpoint ?? "";
        string path;
        if (endpoint.Length == 0)
        {
            path = DefaultSqlitePath(options.DataDir);
        }
        else if (endpoint.StartsWith("sqlite://", StringComparison.Ordinal))
        {
            path = Path.GetFullPath(endpoint["sqlite://".Length..]);
        }
        else if (endpoint.StartsWith("http://", StringComparison.Ordinal) || endpoint.StartsWith("https://", StringComparison.Ordinal))
        {
            throw new ArgumentException($"--datastore-endpoint {endpoint}: the etcd backend is not available in this build yet; use SQLite (the default)");
        }
        else
        {
            throw new ArgumentException($"--datastore-endpoint {endpoint}: expected sqlite://PATH or http(s)://HOST:PORT");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return SqliteStorage.Open(path, new StorageOptions(), time, loggerFactory);
    }
}
