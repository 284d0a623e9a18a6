using KubeSharp.Api;
using KubeSharp.Client;
using KubeSharp.Client.Informers;
using KubeSharp.Testing.Time;

namespace KubeSharp.Controllers.Tests.Fakes;

/// <summary>
/// What a controller unit test needs: virtual time, the fake API server, a client and informer factory over it,
/// and an event recorder. <see cref="Seed"/> puts an object both in the server and in the informer's cache, as
/// upstream's tests fill informer indexers directly and then call the sync handler.
/// </summary>
public sealed class ControllerFixture : IAsyncDisposable
{
    public ControllerFixture()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
        Api = new FakeApiServer(Time);
        Client = Api.NewClient();
        Informers = new SharedInformerFactory(Client, TimeSpan.Zero);
        Recorder = new FakeRecorder();
    }

    public FakeTimeProvider Time { get; }

    public FakeApiServer Api { get; }

    public Kubernetes Client { get; }

    public SharedInformerFactory Informers { get; }

    public FakeRecorder Recorder { get; }

    public T Seed<T>(T obj)
        where T : KubeObject
    {
        var stored = Api.Add(obj);
        Informers.InformerFor<T>().Indexer.Add(stored);
        return stored;
    }

    /// <summary>Makes the informer cache of <typeparamref name="T"/> match the server (what a watch would deliver).</summary>
    public void Resync<T>()
        where T : KubeObject =>
        Informers.InformerFor<T>().Indexer.Replace(Api.List<T>(), "");

    public async ValueTask DisposeAsync()
    {
        await Informers.DisposeAsync();
        Client.Dispose();
        Api.Dispose();
    }
}
