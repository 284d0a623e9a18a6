using System.Threading.Channels;
using KubeSharp.Api.Core.V1;
using KubeSharp.Machinery.Errors;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Client.Events;

/// <summary>
/// Queues events from any number of recorders and writes them to a sink through an <see cref="EventCorrelator"/>
/// (upstream's <c>record.EventBroadcaster</c> with <c>StartRecordingToSink</c>). The queue holds 1000 events and
/// drops new ones when full, as upstream's, so recording never blocks a controller. A write that fails because
/// the server is unreachable is retried up to 12 times, 10 s apart (the first wait randomised).
/// </summary>
public sealed partial class EventBroadcaster : IAsyncDisposable
{
    /// <summary>Upstream's maxQueuedEvents.</summary>
    public const int MaxQueuedEvents = 1000;

    /// <summary>Upstream's maxTriesPerEvent.</summary>
    public const int MaxTriesPerEvent = 12;

    private readonly Channel<Event> _queue = Channel.CreateBounded<Event>(new BoundedChannelOptions(MaxQueuedEvents) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly Random _random;
    private readonly CancellationTokenSource _stop = new();
    private Task? _writer;

    public EventBroadcaster(TimeProvider time, ILoggerFactory loggerFactory, EventCorrelatorOptions? options = null, Random? random = null)
    {
        _time = time;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<EventBroadcaster>();
        _random = random ?? Random.Shared;
        Correlator = new EventCorrelator(time, options);
    }

    public EventCorrelator Correlator { get; }

    /// <summary>How long to wait between tries of a failed write; upstream's 10 s.</summary>
    public TimeSpan SleepDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A recorder for one component on one host (<c>EventSource{Component: "kube-scheduler"}</c>).</summary>
    public IEventRecorder NewRecorder(string component, string? host = null) =>
        new EventRecorder(this, new EventSource { Component = component, Host = host }, _time, _loggerFactory.CreateLogger<EventRecorder>());

    /// <summary>Starts writing queued events to <paramref name="sink"/>. Call once.</summary>
    public void StartRecordingToSink(IEventSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (_writer is not null)
        {
            throw new InvalidOperationException("already recording to a sink");
        }

        _writer = Task.Run(() => WriteLoopAsync(sink, _stop.Token));
    }

    /// <summary>Stops writing; events still queued are dropped, as upstream's Shutdown.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_writer is { } writer)
        {
            await writer.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    internal void Enqueue(Event evt)
    {
        if (!_queue.Writer.TryWrite(evt))
        {
            LogDropped(evt.InvolvedObject.Namespace ?? "", evt.InvolvedObject.Name ?? "", evt.Reason ?? "");
        }
    }

    private async Task WriteLoopAsync(IEventSink sink, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var evt in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await RecordToSinkAsync(sink, evt, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Upstream's recordToSink: correlate, then write with retries while the server cannot be reached.</summary>
    internal async Task RecordToSinkAsync(IEventSink sink, Event evt, CancellationToken cancellationToken)
    {
        var result = Correlator.EventCorrelate(evt);
        if (result.Skip)
        {
            return;
        }

        for (var tries = 1; ; tries++)
        {
            if (await RecordEventAsync(sink, result.Event, result.Patch, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (tries >= MaxTriesPerEvent)
            {
                LogGaveUp(evt.InvolvedObject.Namespace ?? "", evt.InvolvedObject.Name ?? "", evt.Reason ?? "", tries);
                return;
            }

            // Randomise the first wait so recorders that failed together do not retry together.
            var wait = tries == 1 ? TimeSpan.FromTicks((long)(_random.NextDouble() * SleepDuration.Ticks)) : SleepDuration;
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Upstream's recordEvent: patch a repeated event (create it if it vanished), create a new one. True when done,
    /// including when the server rejected it (retrying a bad request will not help); false to retry.
    /// </summary>
    private async Task<bool> RecordEventAsync(IEventSink sink, Event evt, string? patch, CancellationToken cancellationToken)
    {
        Event written;
        try
        {
            if (patch is not null && (evt.Count ?? 1) > 1)
            {
                try
                {
                    written = await sink.PatchAsync(evt, patch, cancellationToken).ConfigureAwait(false);
                }
                catch (ApiException error) when (ApiErrors.IsNotFound(error))
                {
                    evt.Metadata.ResourceVersion = null;
                    written = await sink.CreateAsync(evt, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                evt.Metadata.ResourceVersion = null;
                written = await sink.CreateAsync(evt, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ApiException error)
        {
            if (!ApiErrors.IsAlreadyExists(error))
            {
                LogRejected(evt.InvolvedObject.Namespace ?? "", evt.InvolvedObject.Name ?? "", evt.Reason ?? "", error.Message);
            }

            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return true;
        }
        catch (Exception error)
        {
            LogUnableToWrite(evt.InvolvedObject.Namespace ?? "", evt.InvolvedObject.Name ?? "", error.Message);
            return false;
        }

        Correlator.UpdateState(written);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event queue full, dropping event {Reason} for {Namespace}/{Name}")]
    private partial void LogDropped(string @namespace, string name, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unable to write event {Reason} for {Namespace}/{Name} after {Tries} tries; dropping it")]
    private partial void LogGaveUp(string @namespace, string name, string reason, int tries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Server rejected event {Reason} for {Namespace}/{Name}: {Message} (will not retry)")]
    private partial void LogRejected(string @namespace, string name, string reason, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unable to write event for {Namespace}/{Name}: {Message} (may retry after sleeping)")]
    private partial void LogUnableToWrite(string @namespace, string name, string message);
}
