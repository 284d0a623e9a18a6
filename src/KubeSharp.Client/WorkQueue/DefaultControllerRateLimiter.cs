using KubeSharp.Client.Flowcontrol;

namespace KubeSharp.Client.WorkQueue;

/// <summary>The rate limiters controllers use unless they need their own, with client-go's constants.</summary>
public static class DefaultControllerRateLimiter
{
    /// <summary>First retry of a failing key: 5 ms.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(5);

    /// <summary>The longest per-key back-off: 1000 s.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1000);

    /// <summary>The overall bucket: 10 retries a second…</summary>
    public const double Qps = 10;

    /// <summary>…with bursts of 100. It only limits retries; the first add of a key is never rate-limited.</summary>
    public const int Burst = 100;

    /// <summary>
    /// client-go's <c>DefaultTypedControllerRateLimiter</c>: the longer of per-key exponential back-off
    /// (5 ms → 1000 s) and an overall 10 qps / 100 burst token bucket.
    /// </summary>
    public static IRateLimiter<T> Create<T>(TimeProvider time)
        where T : notnull =>
        new MaxOfRateLimiter<T>(
            new ItemExponentialFailureRateLimiter<T>(BaseDelay, MaxDelay),
            new BucketRateLimiter<T>(new TokenBucketRateLimiter(Qps, Burst, time)));

    /// <summary>client-go's <c>DefaultTypedItemBasedRateLimiter</c>: per-key back-off 1 ms → 1000 s, no bucket.</summary>
    public static IRateLimiter<T> ItemBased<T>()
        where T : notnull =>
        new ItemExponentialFailureRateLimiter<T>(TimeSpan.FromMilliseconds(1), MaxDelay);
}
