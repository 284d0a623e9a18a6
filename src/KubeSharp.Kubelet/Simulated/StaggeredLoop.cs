namespace KubeSharp.Kubelet.Simulated;

/// <summary>
/// Runs an action for every node once per interval, spread evenly over the interval instead of all at once: the
/// interval is cut into slots of <see cref="SlotLength"/> and node <c>i</c> acts in slot <c>i mod slots</c>, so 5,000
/// nodes renewing every 10 s make 50 requests every 100 ms rather than 5,000 every 10 s. A slot's batch runs with
/// bounded concurrency and is awaited before the next, so a slow API server slows the loop down instead of piling
/// up requests (each node has at most one in flight).
/// </summary>
internal static class StaggeredLoop
{
    public static readonly TimeSpan SlotLength = TimeSpan.FromMilliseconds(100);

    public static async Task RunAsync(
        IReadOnlyList<SimulatedNode> nodes,
        TimeSpan interval,
        int maxConcurrency,
        Func<SimulatedNode, CancellationToken, Task> action,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var slots = Math.Max(1, (int)(interval.Ticks / SlotLength.Ticks));
        var slotLength = interval / slots;
        var batches = new List<SimulatedNode>[slots];
        for (var i = 0; i < slots; i++)
        {
            batches[i] = [];
        }

        foreach (var node in nodes)
        {
            batches[node.Index % slots].Add(node);
        }

        var next = time.GetUtcNow() + slotLength;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxConcurrency, CancellationToken = cancellationToken };
        for (long slot = 0; !cancellationToken.IsCancellationRequested; slot++)
        {
            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            next += slotLength;
            var batch = batches[slot % slots];
            if (batch.Count > 0)
            {
                await Parallel.ForEachAsync(batch, parallel, async (node, token) => await action(node, token).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }
    }
}
