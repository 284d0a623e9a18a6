using KubeSharp.Storage;
using KubeSharp.Storage.Etcd;
using KubeSharp.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Server;

/// <summary>Opens the datastore <c>--datastore-endpoint</c> names: SQLite in the data directory by default, or etcd.</summary>
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
            return new EtcdStorage(EtcdEndpoints(endpoint), new StorageOptions(), time, loggerFactory);
        }
        else
        {
            throw new ArgumentException($"--datastore-endpoint {endpoint}: expected sqlite://PATH or http://HOST:PORT[,http://HOST:PORT...] (etcd)");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return SqliteStorage.Open(path, new StorageOptions(), time, loggerFactory);
    }

    /// <summary>etcd members as k3s takes them: comma-separated client URLs. Only plain http:// for now (no client TLS).</summary>
    public static IReadOnlyList<Uri> EtcdEndpoints(string endpoint)
    {
        var endpoints = new List<Uri>();
        foreach (var part in endpoint.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/")
            {
                throw new ArgumentException($"--datastore-endpoint {endpoint}: \"{part}\" is not an etcd client URL like http://127.0.0.1:2379");
            }

            if (uri.Scheme == "https")
            {
                throw new ArgumentException($"--datastore-endpoint {endpoint}: etcd over TLS (https://) is not supported yet; use http:// client URLs");
            }

            endpoints.Add(uri);
        }

        return endpoints;
    }
}
