namespace KubeSharp.Bench.Storage;

/// <summary>The three calls the benchmark makes, against our store or against etcd.</summary>
internal abstract class StoreUnderTest
{
    public abstract string Name { get; }

    public abstract Task PutAsync(string key, byte[] value);

    /// <summary>Reads every key under the prefix; returns how many came back.</summary>
    public abstract Task<int> RangeAsync(string prefix);

    /// <summary>Watches the prefix, handing each event's value to <paramref name="onValue"/>; the task it returns ends with the watch.</summary>
    public abstract Task<Task> WatchAsync(string prefix, Action<ReadOnlyMemory<byte>> onValue, CancellationToken cancellationToken);
}
