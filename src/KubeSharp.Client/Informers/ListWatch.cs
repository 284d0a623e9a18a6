using KubeSharp.Api;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Client.Informers;

/// <summary>A lister-watcher made of two functions (upstream's <c>cache.ListWatch</c>), for tests and custom sources.</summary>
public sealed class ListWatch<T>(
    Func<ListOptions, CancellationToken, Task<KubeList<T>>> list,
    Func<ListOptions, CancellationToken, IAsyncEnumerable<WatchEvent<T>>> watch) : IListerWatcher<T>
    where T : KubeObject
{
    public Task<KubeList<T>> ListAsync(ListOptions options, CancellationToken cancellationToken) => list(options, cancellationToken);

    public IAsyncEnumerable<WatchEvent<T>> WatchAsync(ListOptions options, CancellationToken cancellationToken) => watch(options, cancellationToken);
}
