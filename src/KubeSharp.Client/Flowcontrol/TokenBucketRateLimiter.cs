namespace KubeSharp.Client.Flowcontrol;

/// <summary>
/// A token bucket: <see cref="Qps"/> tokens a second flow in, at most <see cref="Burst"/> are kept, and the
/// bucket starts full. Mirrors golang.org/x/time/rate's Limiter, which client-go's
/// <c>flowcontrol.NewTokenBucketRateLimiter</c> (the REST client's QPS/burst) and workqueue's
/// <c>BucketRateLimiter</c> both use: a reservation may drive the bucket negative, and the caller then waits
/// until the debt is repaid, so callers are served in order at exactly the configured rate.
/// </summary>
public sealed class TokenBucketRateLimiter
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private double _tokens;
    private long _last;

    public TokenBucketRateLimiter(double qps, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(qps);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        ArgumentNullException.ThrowIfNull(time);
        Qps = qps;
        Burst = burst;
        _time = time;
        _tokens = burst;
        _last = time.GetTimestamp();
    }

    /// <summary>Tokens added per second.</summary>
    public double Qps { get; }

    /// <summary>The most tokens the bucket holds, so the largest burst served without waiting.</summary>
    public int Burst { get; }

    /// <summary>Takes a token now if one is there; never waits, never goes into debt.</summary>
    public bool TryAccept()
    {
        lock (_lock)
        {
            Refill();
            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }

    /// <summary>
    /// Takes a token, going into debt if there is none, and returns how long the caller must wait before
    /// acting (zero when a token was there): rate.Limiter's <c>Reserve().Delay()</c>.
    /// </summary>
    public TimeSpan Reserve()
    {
        lock (_lock)
        {
            Refill();
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / Qps);
        }
    }

    /// <summary>Waits for a token. If cancelled while waiting, the token is given back (rate's <c>Reservation.Cancel</c>).</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var delay = Reserve();
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            lock (_lock)
            {
                _tokens = Math.Min(Burst, _tokens + 1);
            }

            throw;
        }
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        var elapsed = _time.GetElapsedTime(_last, now);
        _last = now;
        if (elapsed > TimeSpan.Zero)
        {
            _tokens = Math.Min(Burst, _tokens + (elapsed.TotalSeconds * Qps));
        }
    }
}
