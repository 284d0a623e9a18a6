using KubeSharp.Storage.Etcd.Grpc;
using KubeSharp.Storage.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Storage.Etcd;

/// <summary>
/// <see cref="IStorage"/> on an external etcd cluster (v3 API over gRPC), for clusters with several servers, as
/// kube-apiserver's <c>etcd3</c> storage. etcd keeps the revisions, history, leases and watches; this class maps
/// the contract onto etcd's Range, Txn, Watch and Lease calls and runs kube-apiserver's periodic compactor.
/// </summary>
/// <remarks>
/// <para>Endpoints are tried in order: a call that cannot reach one member moves on to the next for later calls
/// (reads are retried at once on the next member; a write is not, since it may have been applied).</para>
/// <para>Only plain <c>http://</c> client URLs are supported (no TLS client certificates yet).</para>
/// </remarks>
public sealed partial class EtcdStorage : IStorage
{
    private readonly GrpcChannel[] _channels;
    private readonly StorageOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CompactionPolicy _compactionPolicy;
    private readonly ITimer? _compactionTimer;
    private readonly CancellationTokenSource _closing = new();
    private readonly Lock _watchesLock = new();
    private readonly HashSet<EtcdWatch> _watches = [];
    private int _current;
    private long _seenRevision;
    private long _compactedTo;
    private int _disposed;

    public EtcdStorage(IReadOnlyList<Uri> endpoints, StorageOptions? options = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.Count == 0)
        {
            throw new ArgumentException("at least one etcd endpoint is needed", nameof(endpoints));
        }

        foreach (var endpoint in endpoints)
        {
            if (endpoint.Scheme != Uri.UriSchemeHttp)
            {
                throw new ArgumentException($"etcd endpoint {endpoint}: only http:// client URLs are supported", nameof(endpoints));
            }
        }

        _options = options ?? new StorageOptions();
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<EtcdStorage>();
        _channels = [.. endpoints.Select(e => new GrpcChannel(e))];
        _compactionPolicy = new CompactionPolicy(_options, _timeProvider);
        if (_options.CompactionInterval > TimeSpan.Zero)
        {
            _compactionTimer = _timeProvider.CreateTimer(_ => CompactAutomatically(), null, _options.CompactionInterval, _options.CompactionInterval);
        }
    }

    public async Task<long> GetCurrentRevisionAsync(CancellationToken cancellationToken = default)
    {
        var response = await ReadAsync("/etcdserverpb.KV/Range", EtcdMessages.Range([0], countOnly: true), cancellationToken).ConfigureAwait(false);
        return EtcdMessages.HeaderRevision(response);
    }

    public async Task<StorageStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var response = await ReadAsync("/etcdserverpb.Maintenance/Status", new ProtoWriter(), cancellationToken).ConfigureAwait(false);
        var revision = EtcdMessages.HeaderRevision(response);
        var compacted = await FindCompactRevisionAsync(revision, cancellationToken).ConfigureAwait(false);
        return new StorageStatus(revision, compacted, EtcdMessages.Field(response, 3), EtcdMessages.Field(response, 9));
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_compactionTimer is not null)
        {
            await _compactionTimer.DisposeAsync().ConfigureAwait(false);
        }

        await _closing.CancelAsync().ConfigureAwait(false);
        EtcdWatch[] open;
        lock (_watchesLock)
        {
            open = [.. _watches];
        }

        foreach (var watch in open)
        {
            await watch.CloseAsync().ConfigureAwait(false);
        }

        foreach (var channel in _channels)
        {
            channel.Dispose();
        }

        _closing.Dispose();
    }

    /// <summary>A read: tried on each member in turn until one answers.</summary>
    private async Task<byte[]> ReadAsync(string method, ProtoWriter request, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var start = Volatile.Read(ref _current);
        for (var attempt = 0; ; attempt++)
        {
            var index = (start + attempt) % _channels.Length;
            try
            {
                var response = await _channels[index].UnaryAsync(method, request, cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _current, index);
                Seen(response);
                return response;
            }
            catch (Exception error) when (IsUnreachable(error, cancellationToken) && attempt + 1 < _channels.Length)
            {
                LogMemberUnreachable(_logger, _channels[index].Endpoint, error.Message);
            }
            catch (Exception error) when (IsUnreachable(error, cancellationToken))
            {
                Volatile.Write(ref _current, (index + 1) % _channels.Length);
                throw new StorageUnavailableException($"etcd is unreachable: {error.Message}", error);
            }
        }
    }

    /// <summary>A write: sent once to the current member; if it cannot be reached the next call uses the next one.</summary>
    private async Task<byte[]> WriteAsync(string method, ProtoWriter request, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        var index = Volatile.Read(ref _current);
        try
        {
            var response = await _channels[index].UnaryAsync(method, request, cancellationToken).ConfigureAwait(false);
            Seen(response);
            return response;
        }
        catch (Exception error) when (IsUnreachable(error, cancellationToken))
        {
            Volatile.Write(ref _current, (index + 1) % _channels.Length);
            throw new StorageUnavailableException($"etcd is unreachable: {error.Message}", error);
        }
    }

    /// <summary>Every etcd response starts with its header: remember the newest revision any of them carried.</summary>
    private void Seen(ReadOnlySpan<byte> response) => RaiseTo(ref _seenRevision, EtcdMessages.HeaderRevision(response));

    /// <summary>Sets <paramref name="location"/> to <paramref name="value"/> if that is larger, atomically.</summary>
    private static void RaiseTo(ref long location, long value)
    {
        var current = Volatile.Read(ref location);
        while (value > current)
        {
            var previous = Interlocked.CompareExchange(ref location, value, current);
            if (previous == current)
            {
                return;
            }

            current = previous;
        }
    }

    private GrpcChannel CurrentChannel => _channels[Volatile.Read(ref _current)];

    private static bool IsUnreachable(Exception error, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && error is HttpRequestException or IOException or TaskCanceledException
            || error is GrpcException { StatusCode: GrpcException.Unavailable };

    private void ThrowIfDisposed()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw new StorageUnavailableException("the etcd storage is closed", new ObjectDisposedException(nameof(EtcdStorage)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "etcd member {Endpoint} is unreachable ({Reason}); trying the next one")]
    private static partial void LogMemberUnreachable(ILogger logger, Uri endpoint, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Compacted etcd to revision {Revision}")]
    private static partial void LogCompacted(ILogger logger, long revision);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Automatic etcd compaction failed")]
    private static partial void LogCompactionFailed(ILogger logger, Exception error);
}
