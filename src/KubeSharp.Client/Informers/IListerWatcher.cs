using KubeSharp.Api;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Client.Informers;

/// <summary>
/// What a reflector lists and watches (upstream's <c>cache.ListerWatcher</c>). A list failing with an API error
/// throws <see cref="Machinery.Errors.ApiException"/>; a watch is a stream of events that ends when the server
/// closes it, and whose ERROR events carry the server's Status (410 Expired when the resourceVersion is too old).
/// </summary>
public interface IListerWatcher<T>
    where T : KubeObject
{
    Task<KubeList<T>> ListAsync(ListOptions options, CancellationToken cancellationToken);

    IAsyncEnumerable<WatchEvent<T>> WatchAsync(ListOptions options, CancellationToken cancellationToken);
}
