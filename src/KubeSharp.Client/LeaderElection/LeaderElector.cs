using KubeSharp.Machinery.Errors;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Client.LeaderElection;

/// <summary>
/// Leader election over a lock object (upstream's <c>leaderelection.LeaderElector</c>). Candidates try to acquire
/// every retry period (jittered); the holder renews every retry period and gives up if it cannot renew within
/// the renew deadline. A candidate takes over only after the record has not changed, as <em>it</em> observed it,
/// for a whole lease duration — so clocks of different machines are never compared. On graceful shutdown the
/// leader releases the lock (holder cleared, duration 1 s) so the next one need not wait.
/// </summary>
public sealed partial class LeaderElector
{
    private readonly LeaderElectionConfig _config;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Random _random;
    private readonly string _description;
    private readonly Lock _lock = new();
    private LeaderElectionRecord _observedRecord = new();
    private string? _observedRawRecord;
    private long _observedTime;
    private string? _reportedLeader;

    public LeaderElector(LeaderElectionConfig config, TimeProvider time, ILogger logger, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        _config = config;
        _time = time;
        _logger = logger;
        _random = random ?? Random.Shared;
        _description = config.Lock.Describe();
    }

    /// <summary>Whether this candidate held the lock at the last observation.</summary>
    public bool IsLeader
    {
        get
        {
            lock (_lock)
            {
                return _observedRecord.HolderIdentity == _config.Lock.Identity;
            }
        }
    }

    /// <summary>The identity of the last observed leader ("" if none).</summary>
    public string Leader
    {
        get
        {
            lock (_lock)
            {
                return _observedRecord.HolderIdentity;
            }
        }
    }

    /// <summary>
    /// Acquires, then runs <see cref="LeaderCallbacks.OnStartedLeading"/> and renews until leadership is lost or
    /// <paramref name="cancellationToken"/> fires. Returns when either happens, after <see cref="LeaderCallbacks.OnStoppedLeading"/>.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!await AcquireAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            using var leading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var work = Task.Run(() => _config.Callbacks.OnStartedLeading(leading.Token), CancellationToken.None);
            try
            {
                await RenewAsync(leading.Token, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // Synchronously, so the work sees leadership end at the moment it ends (not after a thread hop).
#pragma warning disable CA1849
                leading.Cancel();
#pragma warning restore CA1849
                try
                {
                    await work.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception error)
                {
                    LogLeaderWorkFailed(error, _description);
                }
            }
        }
        finally
        {
            _config.Callbacks.OnStoppedLeading();
        }
    }

    /// <summary>Tries every retry period (with jitter) until the lock is ours; false if cancelled first.</summary>
    private async Task<bool> AcquireAsync(CancellationToken cancellationToken)
    {
        LogAttempting(_description);
        while (!cancellationToken.IsCancellationRequested)
        {
            var succeeded = await TryAcquireOrRenewAsync(cancellationToken).ConfigureAwait(false);
            MaybeReportTransition();
            if (succeeded)
            {
                _config.Lock.RecordEvent("became leader");
                LogAcquired(_description);
                return true;
            }

            var wait = _config.RetryPeriod + TimeSpan.FromTicks((long)(_random.NextDouble() * LeaderElectionConfig.JitterFactor * _config.RetryPeriod.Ticks));
            try
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// Every retry period, renews within the renew deadline (retrying every retry period); when that fails,
    /// leadership is lost. Releases the lock on the way out if configured and still leader.
    /// </summary>
    private async Task RenewAsync(CancellationToken leading, CancellationToken shutdown)
    {
        while (!leading.IsCancellationRequested)
        {
            var renewed = await RenewWithinDeadlineAsync(leading).ConfigureAwait(false);
            MaybeReportTransition();
            if (!renewed)
            {
                if (leading.IsCancellationRequested)
                {
                    break;
                }

                _config.Lock.RecordEvent("stopped leading");
                LogLost(_description);
                break;
            }

            try
            {
                await Task.Delay(_config.RetryPeriod, _time, leading).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        if (_config.ReleaseOnCancel && shutdown.IsCancellationRequested)
        {
            await ReleaseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Tries to renew every retry period until the renew deadline has passed (upstream's PollImmediateUntil with a
    /// RenewDeadline timeout). The loop is driven by plain delays, not by cancelling them, so it runs step by step
    /// on the injected clock; each call is still cancelled at the deadline so a hung request cannot outlive it.
    /// </summary>
    private async Task<bool> RenewWithinDeadlineAsync(CancellationToken leading)
    {
        var started = _time.GetTimestamp();
        using var timeout = new CancellationTokenSource(_config.RenewDeadline, _time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(leading, timeout.Token);
        while (!leading.IsCancellationRequested)
        {
            if (await TryAcquireOrRenewAsync(deadline.Token).ConfigureAwait(false))
            {
                return true;
            }

            var left = _config.RenewDeadline - _time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                break;
            }

            try
            {
                await Task.Delay(left < _config.RetryPeriod ? left : _config.RetryPeriod, _time, leading).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (_time.GetElapsedTime(started) >= _config.RenewDeadline)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// One attempt (upstream's tryAcquireOrRenew): the leader's fast path updates its own record; otherwise read
    /// the record, create it if missing, note any change with the local time, back off while another holder's
    /// lease is still valid as observed, and else write ourselves in, counting a transition if we were not leader.
    /// </summary>
    internal async Task<bool> TryAcquireOrRenewAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var record = new LeaderElectionRecord
        {
            HolderIdentity = _config.Lock.Identity,
            LeaseDurationSeconds = (int)_config.LeaseDuration.TotalSeconds,
            RenewTime = now,
            AcquireTime = now,
        };

        if (IsLeader && IsLeaseValid())
        {
            LeaderElectionRecord observed;
            lock (_lock)
            {
                observed = _observedRecord;
            }

            var renewal = record with { AcquireTime = observed.AcquireTime, LeaderTransitions = observed.LeaderTransitions };
            try
            {
                await _config.Lock.UpdateAsync(renewal, cancellationToken).ConfigureAwait(false);
                SetObservedRecord(renewal, null);
                return true;
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogRenewFailed(_description, error.Message);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        (LeaderElectionRecord Record, string Raw)? current;
        try
        {
            current = await _config.Lock.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception error)
        {
            LogGetFailed(_description, error.Message);
            return false;
        }

        if (current is null)
        {
            try
            {
                await _config.Lock.CreateAsync(record, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogCreateFailed(_description, error is ApiException api ? api.Message : error.Message);
                return false;
            }
            catch (OperationCanceledException)
            {
                return false;
            }

            SetObservedRecord(record, null);
            return true;
        }

        var (old, raw) = current.Value;
        lock (_lock)
        {
            if (_observedRawRecord != raw)
            {
                _observedRecord = old;
                _observedRawRecord = raw;
                _observedTime = _time.GetTimestamp();
            }
        }

        if (old.HolderIdentity.Length > 0 && IsLeaseValid() && !IsLeader)
        {
            LogHeldByOther(_description, old.HolderIdentity);
            return false;
        }

        record = IsLeader
            ? record with { AcquireTime = old.AcquireTime, LeaderTransitions = old.LeaderTransitions }
            : record with { LeaderTransitions = old.LeaderTransitions + 1 };
        try
        {
            await _config.Lock.UpdateAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUpdateFailed(_description, error.Message);
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        SetObservedRecord(record, null);
        return true;
    }

    /// <summary>Gives the lock up: holder cleared, lease 1 s, transitions kept (upstream's release).</summary>
    private async Task<bool> ReleaseAsync()
    {
        if (!IsLeader)
        {
            return true;
        }

        LeaderElectionRecord observed;
        lock (_lock)
        {
            observed = _observedRecord;
        }

        var now = _time.GetUtcNow();
        var released = new LeaderElectionRecord { LeaderTransitions = observed.LeaderTransitions, LeaseDurationSeconds = 1, RenewTime = now, AcquireTime = now };
        try
        {
            using var timeout = new CancellationTokenSource(_config.RenewDeadline, _time);
            await _config.Lock.UpdateAsync(released, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            LogReleaseFailed(_description, error.Message);
            return false;
        }

        SetObservedRecord(released, null);
        LogReleased(_description);
        return true;
    }

    /// <summary>Whether the observed holder's lease, counted from when we observed it, has not yet run out.</summary>
    private bool IsLeaseValid()
    {
        lock (_lock)
        {
            return _time.GetElapsedTime(_observedTime) < TimeSpan.FromSeconds(_observedRecord.LeaseDurationSeconds);
        }
    }

    private void SetObservedRecord(LeaderElectionRecord record, string? raw)
    {
        lock (_lock)
        {
            _observedRecord = record;
            _observedRawRecord = raw;
            _observedTime = _time.GetTimestamp();
        }
    }

    private void MaybeReportTransition()
    {
        string leader;
        lock (_lock)
        {
            leader = _observedRecord.HolderIdentity;
            if (leader == _reportedLeader)
            {
                return;
            }

            _reportedLeader = leader;
        }

        if (_config.Callbacks.OnNewLeader is { } onNewLeader)
        {
            _ = Task.Run(() => onNewLeader(leader));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Attempting to acquire leader lease {Lock}...")]
    private partial void LogAttempting(string @lock);

    [LoggerMessage(Level = LogLevel.Information, Message = "Successfully acquired lease {Lock}")]
    private partial void LogAcquired(string @lock);

    [LoggerMessage(Level = LogLevel.Information, Message = "Failed to renew lease {Lock}: timed out; leadership lost")]
    private partial void LogLost(string @lock);

    [LoggerMessage(Level = LogLevel.Information, Message = "Released lease {Lock}")]
    private partial void LogReleased(string @lock);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Lock {Lock} is held by {Holder} and has not yet expired")]
    private partial void LogHeldByOther(string @lock, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to renew lease {Lock}: {Reason}")]
    private partial void LogRenewFailed(string @lock, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Error retrieving resource lock {Lock}: {Reason}")]
    private partial void LogGetFailed(string @lock, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Error initially creating lease lock {Lock}: {Reason}")]
    private partial void LogCreateFailed(string @lock, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to update lock {Lock}: {Reason}")]
    private partial void LogUpdateFailed(string @lock, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to release lock {Lock}: {Reason}")]
    private partial void LogReleaseFailed(string @lock, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The leader's work on {Lock} failed")]
    private partial void LogLeaderWorkFailed(Exception error, string @lock);
}
