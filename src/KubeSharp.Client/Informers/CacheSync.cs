namespace KubeSharp.Client.Informers;

/// <summary>Waiting for informers to fill their caches before workers start (upstream's <c>cache.WaitForCacheSync</c>).</summary>
public static class CacheSync
{
    /// <summary>How often the sync functions are polled: upstream's 100 ms.</summary>
    public static readonly TimeSpan PollPeriod = TimeSpan.FromMilliseconds(100);

    /// <summary>Waits until every function returns true; false if cancelled first.</summary>
    public static async Task<bool> WaitForCacheSyncAsync(TimeProvider time, CancellationToken cancellationToken, params Func<bool>[] hasSynced)
    {
        ArgumentNullException.ThrowIfNull(hasSynced);
        while (true)
        {
            if (hasSynced.All(synced => synced()))
            {
                return true;
            }

            try
            {
                await Task.Delay(PollPeriod, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }
}
