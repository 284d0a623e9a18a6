using Microsoft.Data.Sqlite;

namespace KubeSharp.Storage.Sqlite;

/// <summary>
/// The on-disk layout. <c>kv</c> is the MVCC history: one row per revision (etcd's bbolt "key" bucket keyed by
/// revision); <c>current</c> points each live key at its latest row (what etcd's in-memory treeIndex answers
/// for reads at the current revision); <c>meta</c> holds the revision counters; <c>lease</c> the granted leases.
/// See docs/storage.md.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    public const string Revision = "revision";

    /// <summary>Reads below this revision fail; set first when a compaction starts.</summary>
    public const string CompactRevision = "compact_revision";

    /// <summary>History has been physically removed up to here; behind <see cref="CompactRevision"/> while a compaction runs.</summary>
    public const string CompactFinished = "compact_finished";

    public const string SchemaVersion = "schema_version";

    private const string CreateTables = """
        CREATE TABLE IF NOT EXISTS kv (
            revision        INTEGER PRIMARY KEY,
            key             BLOB    NOT NULL,
            create_revision INTEGER NOT NULL,
            prev_revision   INTEGER NOT NULL,
            version         INTEGER NOT NULL,
            lease           INTEGER NOT NULL,
            value           BLOB
        );
        CREATE INDEX IF NOT EXISTS kv_key_revision ON kv (key, revision);
        CREATE TABLE IF NOT EXISTS current (
            key      BLOB    PRIMARY KEY,
            revision INTEGER NOT NULL,
            lease    INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS current_lease ON current (lease) WHERE lease != 0;
        CREATE TABLE IF NOT EXISTS lease (
            id          INTEGER PRIMARY KEY,
            ttl_seconds INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS meta (
            name  TEXT    PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO meta (name, value) VALUES ('revision', 1), ('compact_revision', 0), ('compact_finished', 0), ('schema_version', 1);
        """;

    /// <summary>Connection string for a database file; pooling off because the store keeps its own connections.</summary>
    public static string ConnectionString(string path, bool readOnly) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>
    /// Opens the writer connection and creates the schema. WAL with synchronous=FULL: every commit appends to
    /// the WAL and fsyncs it once, so an acknowledged write survives power loss, and readers never block the
    /// writer. Incremental auto-vacuum lets compaction hand freed pages back to the file system.
    /// </summary>
    public static SqliteConnection OpenWriter(string path)
    {
        var connection = new SqliteConnection(ConnectionString(path, readOnly: false));
        connection.Open();
        Execute(connection, "PRAGMA auto_vacuum = INCREMENTAL;"); // effective only before the first table exists
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, "PRAGMA synchronous = FULL;");
        Execute(connection, "PRAGMA busy_timeout = 30000;");
        Execute(connection, "PRAGMA cache_size = -65536;"); // 64 MiB
        Execute(connection, "PRAGMA journal_size_limit = 16777216;"); // cut the WAL back to 16 MiB when it restarts
        Execute(connection, "PRAGMA wal_autocheckpoint = 0;"); // SqliteCheckpointer does it off the commit path
        Execute(connection, "PRAGMA temp_store = MEMORY;");
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, CreateTables, transaction);
            transaction.Commit();
        }

        var version = Scalar(connection, "SELECT value FROM meta WHERE name = 'schema_version';");
        if (version != Version)
        {
            connection.Dispose();
            throw new StorageUnavailableException($"{path}: schema version {version} is not the supported {Version}");
        }

        return connection;
    }

    /// <summary>A read-only connection for reads and watch catch-up.</summary>
    public static SqliteConnection OpenReader(string path)
    {
        var connection = new SqliteConnection(ConnectionString(path, readOnly: true));
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 30000;");
        Execute(connection, "PRAGMA cache_size = -16384;");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
