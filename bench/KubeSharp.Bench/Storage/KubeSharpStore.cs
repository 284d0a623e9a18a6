using KubeSharp.Storage;

namespace KubeSharp.Bench.Storage;

/// <summary>Our store, called in-process through <see cref="IStorage"/> as the API server calls it.</summary>
internal sealed class KubeSharpStore(IStorage storage) : StoreUnderTest
{
    public override string Name => "kubesharp (SQLite)";

    public override Task PutAsync(string key, byte[] value) => storage.PutAsync(key, value);

    public override async Task<int> RangeAsync(string prefix) => (await storage.RangeAsync(new RangeOptions(prefix))).Kvs.Count;

    public override async Task<Task> WatchAsync(string prefix, Action<ReadOnlyMemory<byte>> onValue, CancellationToken cancellationToken)
    {
        var start = await storage.GetCurrentRevisionAsync(cancellationToken) + 1;
        var enumerator = storage.WatchAsync(new WatchOptions(prefix) { Prefix = true, StartRevision = start }, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var loop = Task.Run(async () =>
        {
            try
            {
                while (await enumerator.MoveNextAsync())
                {
                    foreach (var watchEvent in enumerator.Current.Events)
                    {
                        onValue(watchEvent.Kv.Value);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                await enumerator.DisposeAsync();
            }
        }, CancellationToken.None);
        return loop;
    }
}
