using System.Collections.Concurrent;

namespace KubeSharp.Storage.Sqlite;

/// <summary>Read-only connections handed out one caller at a time; WAL lets any number read beside the writer.</summary>
internal sealed class SqliteReaderPool : IDisposable
{
    private readonly ConcurrentBag<SqliteReader> _idle = [];
    private readonly string _path;
    private readonly int _maxIdle;
    private bool _disposed;

    public SqliteReaderPool(string path, int maxIdle)
    {
        _path = path;
        _maxIdle = maxIdle;
    }

    public SqliteReader Rent()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed), this);
        return _idle.TryTake(out var reader) ? reader : new SqliteReader(_path);
    }

    public void Return(SqliteReader reader)
    {
        if (Volatile.Read(ref _disposed) || _idle.Count >= _maxIdle)
        {
            reader.Dispose();
            return;
        }

        _idle.Add(reader);
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        while (_idle.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }
}
