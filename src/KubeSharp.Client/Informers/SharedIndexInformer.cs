using KubeSharp.Api;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Client.Informers;

/// <summary>
/// The shared informer (upstream's <c>sharedIndexInformer</c>): a <see cref="Reflector{T}"/> feeds a
/// <see cref="DeltaFifo{T}"/>; popping it updates the <see cref="Indexer{T}"/> and hands notifications to every
/// handler's <see cref="ProcessorListener{T}"/>. Resync re-delivers cached objects to the handlers whose resync
/// period is due.
/// </summary>
public sealed partial class SharedIndexInformer<T> : ISharedIndexInformer<T>
    where T : KubeObject
{
    /// <summary>Resync periods below this are raised to it (upstream's minimumResyncPeriod).</summary>
    public static readonly TimeSpan MinimumResyncPeriod = TimeSpan.FromSeconds(1);

    private readonly IListerWatcher<T> _listerWatcher;
    private readonly Indexer<T> _indexer;
    private readonly DeltaFifo<T> _fifo;
    private readonly TimeSpan _defaultResyncPeriod;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _name;

    // Held while deltas are applied and while a handler is added, so a late handler sees each object exactly once.
    private readonly Lock _blockDeltas = new();
    private readonly List<ProcessorListener<T>> _listeners = [];
    private readonly List<Task> _listenerTasks = [];
    private List<ProcessorListener<T>> _syncingListeners = [];
    private TimeSpan _resyncCheckPeriod;
    private Reflector<T>? _reflector;
    private Action<Exception>? _watchErrorHandler;
    private bool _started;
    private bool _stopped;

    public SharedIndexInformer(
        IListerWatcher<T> listerWatcher,
        TimeSpan defaultResyncPeriod,
        TimeProvider time,
        ILogger logger,
        IReadOnlyDictionary<string, IndexFunc<T>>? indexers = null,
        string? name = null)
    {
        _listerWatcher = listerWatcher;
        _indexer = new Indexer<T>(indexers ?? Cache.NamespaceIndexers<T>());
        _fifo = new DeltaFifo<T>(_indexer);
        _defaultResyncPeriod = defaultResyncPeriod;
        _resyncCheckPeriod = defaultResyncPeriod;
        _time = time;
        _logger = logger;
        _name = name ?? typeof(T).Name;
    }

    public IIndexer<T> Indexer => _indexer;

    public bool HasSynced => _fifo.HasSynced;

    public string LastSyncResourceVersion => _reflector?.LastSyncResourceVersion ?? "";

    public bool IsStopped
    {
        get
        {
            lock (_blockDeltas)
            {
                return _stopped;
            }
        }
    }

    /// <summary>Options applied to every list and watch (label or field selectors); set before start.</summary>
    public Action<Api.Meta.V1.ListOptions>? TweakListOptions { get; init; }

    public void AddIndexers(IReadOnlyDictionary<string, IndexFunc<T>> indexers)
    {
        lock (_blockDeltas)
        {
            if (_started)
            {
                throw new InvalidOperationException("informer has already started");
            }

            _indexer.AddIndexers(indexers);
        }
    }

    public void SetWatchErrorHandler(Action<Exception> handler)
    {
        lock (_blockDeltas)
        {
            if (_started)
            {
                throw new InvalidOperationException("informer has already started");
            }

            _watchErrorHandler = handler;
        }
    }

    public IResourceEventHandlerRegistration AddEventHandler(IResourceEventHandler<T> handler, TimeSpan? resyncPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var period = resyncPeriod ?? _defaultResyncPeriod;
        lock (_blockDeltas)
        {
            if (_stopped)
            {
                throw new InvalidOperationException("handler was not added to shared informer because it has stopped already");
            }

            if (period > TimeSpan.Zero)
            {
                if (period < MinimumResyncPeriod)
                {
                    period = MinimumResyncPeriod;
                }

                if (period < _resyncCheckPeriod || _resyncCheckPeriod == TimeSpan.Zero)
                {
                    if (_started)
                    {
                        // Upstream: the check period cannot shrink once running; the handler resyncs at the check period.
                        period = _resyncCheckPeriod == TimeSpan.Zero ? TimeSpan.Zero : _resyncCheckPeriod;
                    }
                    else
                    {
                        _resyncCheckPeriod = period;
                    }
                }
            }

            var listener = new ProcessorListener<T>(handler, period, () => HasSynced, _logger);
            listener.DetermineNextResync(_time.GetTimestamp(), _time);
            _listeners.Add(listener);
            if (_started)
            {
                _listenerTasks.Add(Task.Run(listener.RunAsync, CancellationToken.None));
                foreach (var item in _indexer.List())
                {
                    listener.Add(new ProcessorListener<T>.Notification(ProcessorListener<T>.NotificationKind.Add, item, IsInInitialList: true));
                }
            }

            return listener;
        }
    }

    public void RemoveEventHandler(IResourceEventHandlerRegistration registration)
    {
        lock (_blockDeltas)
        {
            if (registration is ProcessorListener<T> listener && _listeners.Remove(listener))
            {
                _syncingListeners.Remove(listener);
                listener.Stop();
            }
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Reflector<T> reflector;
        lock (_blockDeltas)
        {
            if (_started)
            {
                throw new InvalidOperationException("informer is already running");
            }

            if (_stopped)
            {
                throw new InvalidOperationException("informer has already been stopped");
            }

            reflector = new Reflector<T>(_name, _listerWatcher, _fifo, _resyncCheckPeriod, _time, _logger)
            {
                ShouldResync = ShouldResync,
                WatchErrorHandler = _watchErrorHandler,
                TweakListOptions = TweakListOptions,
            };
            _reflector = reflector;
            _started = true;
            foreach (var listener in _listeners)
            {
                _listenerTasks.Add(Task.Run(listener.RunAsync, CancellationToken.None));
            }
        }

        var reflecting = reflector.RunAsync(cancellationToken);
        try
        {
            while (await _fifo.PopAsync(HandleDeltas, cancellationToken).ConfigureAwait(false))
            {
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            _fifo.Close();
            await reflecting.ConfigureAwait(false);
            Task[] listenerTasks;
            lock (_blockDeltas)
            {
                _stopped = true;
                foreach (var listener in _listeners)
                {
                    listener.Stop();
                }

                listenerTasks = [.. _listenerTasks];
            }

            await Task.WhenAll(listenerTasks).ConfigureAwait(false);
        }
    }

    /// <summary>Applies one key's changes to the indexer and notifies handlers (upstream's processDeltas).</summary>
    private void HandleDeltas(IReadOnlyList<Delta> deltas, bool isInInitialList)
    {
        lock (_blockDeltas)
        {
            foreach (var delta in deltas)
            {
                switch (delta.Type)
                {
                    case DeltaType.Sync or DeltaType.Replaced or DeltaType.Added or DeltaType.Updated:
                        var obj = (T)delta.Object;
                        if (_indexer.Get(obj) is { } old)
                        {
                            _indexer.Update(obj);

                            // A re-listed object whose version did not move did not change: deliver it as a resync.
                            var isSync = delta.Type == DeltaType.Sync
                                || (delta.Type == DeltaType.Replaced && old.Metadata.ResourceVersion == obj.Metadata.ResourceVersion);
                            Distribute(new ProcessorListener<T>.Notification(ProcessorListener<T>.NotificationKind.Update, obj, old), isSync);
                        }
                        else
                        {
                            _indexer.Add(obj);
                            Distribute(new ProcessorListener<T>.Notification(ProcessorListener<T>.NotificationKind.Add, obj, IsInInitialList: isInInitialList), false);
                        }

                        break;
                    case DeltaType.Deleted:
                        var key = Cache.DeletionHandlingMetaNamespaceKey(delta.Object);
                        _indexer.DeleteByKey(key);
                        Distribute(new ProcessorListener<T>.Notification(ProcessorListener<T>.NotificationKind.Delete, delta.Object), false);
                        break;
                }
            }
        }
    }

    private void Distribute(ProcessorListener<T>.Notification notification, bool sync)
    {
        var listeners = sync ? _syncingListeners : _listeners;
        foreach (var listener in listeners)
        {
            listener.Add(notification);
        }
    }

    /// <summary>Picks the handlers whose resync is due; the reflector resyncs only if there is one (upstream's shouldResync).</summary>
    private bool ShouldResync()
    {
        lock (_blockDeltas)
        {
            var now = _time.GetTimestamp();
            var syncing = new List<ProcessorListener<T>>();
            foreach (var listener in _listeners)
            {
                if (listener.ShouldResync(now))
                {
                    syncing.Add(listener);
                    listener.DetermineNextResync(now, _time);
                }
            }

            _syncingListeners = syncing;
            return syncing.Count > 0;
        }
    }
}
