using System.Threading.Channels;
using KubeSharp.Storage.Etcd.Grpc;

namespace KubeSharp.Storage.Etcd;

/// <summary>
/// One watch on etcd's Watch stream, read eagerly into a buffer of at most <see cref="StorageOptions.WatchLogCapacity"/>
/// events. A consumer that falls further behind does not hold the stream open: the stream is closed and re-opened
/// from the first revision not yet buffered when the consumer gets there, so a slow consumer catches up from
/// etcd's history, or gets <see cref="CompactedException"/> if that history is gone — never a silent gap.
/// </summary>
internal sealed class EtcdWatch : IAsyncDisposable
{
    private readonly EtcdStorage _storage;
    private readonly GrpcChannel _channel;
    private readonly WatchOptions _options;
    private readonly int _capacity;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _progressInterval;
    /// <summary>Queued by the pump when the consumer is too far behind: re-open from <see cref="_next"/>.</summary>
    private static readonly object Overflow = new();

    private readonly Channel<object> _buffer = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private GrpcDuplexCall? _call;
    private Task? _pump;
    private ITimer? _progressTimer;
    private int _buffered;
    private long _next;
    private bool _activeSinceTick;
    private bool _progressPending;

    public EtcdWatch(EtcdStorage storage, GrpcChannel channel, WatchOptions options, long next, int capacity, TimeProvider timeProvider, TimeSpan progressInterval)
    {
        _storage = storage;
        _channel = channel;
        _options = options;
        _next = next;
        _capacity = capacity;
        _timeProvider = timeProvider;
        _progressInterval = progressInterval;
    }

    /// <summary>Opens etcd's stream from the next revision to deliver and starts reading it.</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        // etcd lets a watch start at its compact revision; our contract does not (that event is gone), so ask
        // from one earlier: etcd then reports the compaction exactly when our contract must, and the extra
        // event (if any) is dropped below.
        // A watch from now (start 0) is created as etcd's own "from now" watch, synced at once, so a progress
        // request is answered immediately; _next then comes from the created response.
        var create = new ProtoWriter()
            .Bytes(1, EtcdMessages.RangeStart(_options.Key))
            .Varint(3, _next == 0 ? 0 : Math.Max(1, _next - 1))
            .Bool(6, _options.PrevKv);
        if (_options.Prefix)
        {
            create.Bytes(2, EtcdMessages.PrefixEnd(_options.Key));
        }

        var call = await _channel.DuplexAsync("/etcdserverpb.Watch/Watch", new ProtoWriter().Message(1, create), cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _call, call);
        _pump = PumpAsync(call, _stop.Token);
        if (Interlocked.Exchange(ref _progressPending, false))
        {
            RequestProgress();
        }

        if (_options.ProgressNotify && _progressTimer is null)
        {
            _progressTimer = _timeProvider.CreateTimer(_ => OnProgressTick(), null, _progressInterval, _progressInterval);
        }
    }

    /// <summary>
    /// Asks etcd for a progress notification (etcd's progress_request; etcd answers only while the watch is synced).
    /// A request made before the stream is open is sent as soon as it is.</summary>
    public void RequestProgress()
    {
        if (Volatile.Read(ref _call) is { } call)
        {
            call.Send(new ProtoWriter().Message(3, new ProtoWriter()));
        }
        else
        {
            Volatile.Write(ref _progressPending, true);
        }
    }

    /// <summary>The next response; re-opens the stream after an overflow once the buffer is drained.</summary>
    public async ValueTask<WatchResponse> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_buffer.Reader.TryRead(out var item))
            {
                if (item == Overflow)
                {
                    await CloseCallAsync().ConfigureAwait(false);
                    await OpenAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                return Deliver(item);
            }

            var ready = await _buffer.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
            if (!ready)
            {
                throw new StorageUnavailableException("the etcd watch ended");
            }
        }
    }

    /// <summary>Ends the watch because the storage closes: the consumer gets <see cref="StorageUnavailableException"/>.</summary>
    public async Task CloseAsync()
    {
        _buffer.Writer.TryWrite(new StorageUnavailableException("the etcd storage is closed"));
        await CloseCallAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _storage.Forget(this);
        if (_progressTimer is not null)
        {
            await _progressTimer.DisposeAsync().ConfigureAwait(false);
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await CloseCallAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private WatchResponse Deliver(object item)
    {
        if (item is Exception error)
        {
            throw error;
        }

        var response = (WatchResponse)item;
        Interlocked.Add(ref _buffered, -response.Events.Count);
        return response;
    }

    private async Task CloseCallAsync()
    {
        var call = Interlocked.Exchange(ref _call, null);
        if (call is not null)
        {
            await call.DisposeAsync().ConfigureAwait(false);
        }

        if (_pump is { } pump)
        {
            await pump.ConfigureAwait(false);
        }
    }

    private void OnProgressTick()
    {
        if (!Volatile.Read(ref _activeSinceTick))
        {
            RequestProgress();
        }

        Volatile.Write(ref _activeSinceTick, false);
    }

    private async Task PumpAsync(GrpcDuplexCall call, CancellationToken stopping)
    {
        try
        {
            while (await call.ReadAsync(stopping).ConfigureAwait(false) is { } message)
            {
                Volatile.Write(ref _activeSinceTick, true);
                if (!Accept(message))
                {
                    return;
                }
            }

            _buffer.Writer.TryWrite(new StorageUnavailableException("etcd ended the watch stream"));
        }
        catch (Exception) when (stopping.IsCancellationRequested || Volatile.Read(ref _call) != call)
        {
            // Disposed, or closed on purpose (overflow, storage closing).
        }
        catch (Exception error)
        {
            _buffer.Writer.TryWrite(new StorageUnavailableException($"the etcd watch failed: {error.Message}", error));
        }
    }

    /// <summary>Buffers one etcd WatchResponse; false when reading must stop (cancelled, or the buffer overflowed).</summary>
    private bool Accept(byte[] message)
    {
        long revision = 0, compactRevision = 0;
        var created = false;
        var canceled = false;
        var cancelReason = "";
        var events = new List<WatchEvent>();
        var hadEvents = false;
        var reader = new ProtoReader(message);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1:
                    revision = EtcdMessages.Revision(reader.Bytes());
                    break;
                case 3:
                    created = reader.Varint() != 0;
                    break;
                case 4:
                    canceled = reader.Varint() != 0;
                    break;
                case 5:
                    compactRevision = reader.Varint();
                    break;
                case 6:
                    cancelReason = System.Text.Encoding.UTF8.GetString(reader.Bytes());
                    break;
                case 11:
                    hadEvents = true;
                    var watchEvent = Event(reader.Bytes());
                    if (watchEvent.Revision >= _next)
                    {
                        events.Add(watchEvent);
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (canceled)
        {
            _buffer.Writer.TryWrite(compactRevision > 0
                ? new CompactedException(_next, compactRevision)
                : new StorageUnavailableException($"etcd cancelled the watch: {cancelReason}"));
            return false;
        }

        if (created)
        {
            // For a watch from now, etcd starts after the revision of its created response.
            _next = _next == 0 ? revision + 1 : _next;
        }
        else if (events.Count > 0)
        {
            if (Volatile.Read(ref _buffered) + events.Count > _capacity && Volatile.Read(ref _buffered) > 0)
            {
                // Too far behind: stop reading; the consumer re-opens from _next once it has drained the buffer.
                _buffer.Writer.TryWrite(Overflow);
                return false;
            }

            Interlocked.Add(ref _buffered, events.Count);
            _next = events[^1].Revision + 1;
            _buffer.Writer.TryWrite(new WatchResponse(events, events[^1].Revision));
        }
        else if (!hadEvents)
        {
            // A progress notification: etcd sends one only once the watch is synced, so everything up to the
            // header revision has been sent.
            _next = Math.Max(_next, revision + 1);
            _buffer.Writer.TryWrite(new WatchResponse([], revision));
        }

        return true;
    }

    private static WatchEvent Event(ReadOnlySpan<byte> message)
    {
        var type = WatchEventType.Put;
        KeyValue? kv = null, previous = null;
        var reader = new ProtoReader(message);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1:
                    type = reader.Varint() == 1 ? WatchEventType.Delete : WatchEventType.Put;
                    break;
                case 2:
                    kv = EtcdMessages.KeyValue(reader.Bytes());
                    break;
                case 3:
                    previous = EtcdMessages.KeyValue(reader.Bytes());
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new WatchEvent(type, kv ?? throw new InvalidDataException("etcd watch event without a key-value"), previous);
    }
}
