using System.Runtime.CompilerServices;
using System.Threading.Channels;
using KubeSharp.Api;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client.Informers;

namespace KubeSharp.Client.Tests.Informers;

/// <summary>
/// A scripted API for reflector tests: <see cref="ListResult"/> answers lists; each watch reads the events the
/// test pushes with <see cref="Send"/> until <see cref="EndWatch"/>. Every request's options are recorded.
/// </summary>
internal sealed class FakeListerWatcher<T> : IListerWatcher<T>
    where T : KubeObject
{
    private readonly Lock _lock = new();
    private Channel<WatchEvent<T>>? _current;

    public Func<ListOptions, KubeList<T>> ListResult { get; set; } = _ => new KubeList<T>();

    public List<ListOptions> Lists { get; } = [];

    public List<ListOptions> Watches { get; } = [];

    public int WatchCount
    {
        get
        {
            lock (_lock)
            {
                return Watches.Count;
            }
        }
    }

    public Task<KubeList<T>> ListAsync(ListOptions options, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Lists.Add(options);
        }

        return Task.FromResult(ListResult(options));
    }

    public async IAsyncEnumerable<WatchEvent<T>> WatchAsync(ListOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<WatchEvent<T>>();
        lock (_lock)
        {
            Watches.Add(options);
            _current = channel;
        }

        await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
        {
            yield return item;
        }
    }

    public void Send(string type, T obj) => Current().Writer.TryWrite(new WatchEvent<T>(type, obj));

    public void SendError(int code, string reason, string message) =>
        Current().Writer.TryWrite(new WatchEvent<T>(WatchEventType.Error, null, new Status { Kind = "Status", Code = code, Reason = reason, Message = message, Result = Status.Failure }));

    public void EndWatch() => Current().Writer.TryComplete();

    private Channel<WatchEvent<T>> Current()
    {
        lock (_lock)
        {
            return _current ?? throw new InvalidOperationException("no watch is open");
        }
    }
}
