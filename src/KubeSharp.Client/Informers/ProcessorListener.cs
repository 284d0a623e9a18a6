using System.Threading.Channels;
using KubeSharp.Api;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Client.Informers;

/// <summary>
/// One handler's queue (upstream's <c>processorListener</c>): notifications are buffered without bound so a slow
/// handler never blocks the informer or other handlers, and delivered one at a time in order. Tracks whether the
/// initial list has been delivered and when this handler is due for a resync.
/// </summary>
internal sealed partial class ProcessorListener<T> : IResourceEventHandlerRegistration
    where T : KubeObject
{
    private readonly Channel<Notification> _notifications = Channel.CreateUnbounded<Notification>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IResourceEventHandler<T> _handler;
    private readonly Func<bool> _informerSynced;
    private readonly ILogger _logger;
    private int _pendingInitial;
    private long _nextResync;

    public ProcessorListener(IResourceEventHandler<T> handler, TimeSpan resyncPeriod, Func<bool> informerSynced, ILogger logger)
    {
        _handler = handler;
        ResyncPeriod = resyncPeriod;
        _informerSynced = informerSynced;
        _logger = logger;
    }

    public TimeSpan ResyncPeriod { get; }

    public IResourceEventHandler<T> Handler => _handler;

    public bool HasSynced => _informerSynced() && Volatile.Read(ref _pendingInitial) == 0;

    public void Add(Notification notification)
    {
        if (notification.Kind == NotificationKind.Add && notification.IsInInitialList)
        {
            Interlocked.Increment(ref _pendingInitial);
        }

        _notifications.Writer.TryWrite(notification);
    }

    public void Stop() => _notifications.Writer.TryComplete();

    public async Task RunAsync()
    {
        await foreach (var notification in _notifications.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                switch (notification.Kind)
                {
                    case NotificationKind.Add:
                        _handler.OnAdd((T)notification.NewObject, notification.IsInInitialList);
                        break;
                    case NotificationKind.Update:
                        _handler.OnUpdate((T)notification.OldObject!, (T)notification.NewObject);
                        break;
                    case NotificationKind.Delete:
                        _handler.OnDelete(notification.NewObject);
                        break;
                }
            }
            catch (Exception error)
            {
                // Upstream crashes the process on a handler panic; a library should not. Log and go on.
                LogHandlerFailed(error, notification.Kind, typeof(T).Name);
            }
            finally
            {
                if (notification.Kind == NotificationKind.Add && notification.IsInInitialList)
                {
                    Interlocked.Decrement(ref _pendingInitial);
                }
            }
        }
    }

    /// <summary>Whether this handler's resync is due at <paramref name="now"/> (a timestamp); never when its period is zero.</summary>
    public bool ShouldResync(long now) => ResyncPeriod > TimeSpan.Zero && now >= _nextResync;

    public void DetermineNextResync(long now, TimeProvider time) =>
        _nextResync = now + (long)((double)ResyncPeriod.Ticks * time.TimestampFrequency / TimeSpan.TicksPerSecond);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event handler failed on {Kind} of {Type}")]
    private partial void LogHandlerFailed(Exception error, NotificationKind kind, string type);

    internal enum NotificationKind
    {
        Add,
        Update,
        Delete,
    }

    internal readonly record struct Notification(NotificationKind Kind, object NewObject, object? OldObject = null, bool IsInInitialList = false);
}
