using System.Collections.Concurrent;
using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client.Informers;
using KubeSharp.Testing.Time;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Client.Tests.Informers;

public sealed class SharedIndexInformerTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly FakeListerWatcher<Pod> _api = new();

    private sealed class Recorder : IResourceEventHandler<Pod>
    {
        public ConcurrentQueue<string> Seen { get; } = new();

        public void OnAdd(Pod obj, bool isInInitialList) => Seen.Enqueue($"add {obj.Metadata.Name}@{obj.Metadata.ResourceVersion}{(isInInitialList ? " initial" : "")}");

        public void OnUpdate(Pod oldObj, Pod newObj) => Seen.Enqueue($"update {newObj.Metadata.Name}@{oldObj.Metadata.ResourceVersion}->{newObj.Metadata.ResourceVersion}");

        public void OnDelete(object obj)
        {
            var pod = Cache.DeletedObject<Pod>(obj)!;
            Seen.Enqueue($"delete {pod.Metadata.Name}{(obj is DeletedFinalStateUnknown<Pod> ? " tombstone" : "")}");
        }
    }

    private static KubeList<Pod> List(string resourceVersion, params Pod[] pods) =>
        new() { Metadata = new ListMeta { ResourceVersion = resourceVersion }, Items = [.. pods] };

    [Fact]
    public async Task Run_ListThenWatch_HandlerSeesEveryChangeInOrder()
    {
        _api.ListResult = _ => List("2", Pods.Make("ns", "a", "1"), Pods.Make("ns", "b", "2"));
        var informer = new SharedIndexInformer<Pod>(_api, TimeSpan.Zero, _time, NullLogger.Instance);
        var recorder = new Recorder();
        var registration = informer.AddEventHandler(recorder);
        using var stop = new CancellationTokenSource();
        var run = informer.RunAsync(stop.Token);

        await Wait.UntilAsync(() => informer.HasSynced && registration.HasSynced && _api.WatchCount == 1, "sync and watch");
        Assert.Equal("0", _api.Lists[0].ResourceVersion);
        Assert.Equal("2", _api.Watches[0].ResourceVersion);
        Assert.True(_api.Watches[0].AllowWatchBookmarks);

        _api.Send(WatchEventType.Modified, Pods.Make("ns", "a", "3"));
        _api.Send(WatchEventType.Bookmark, new Pod { Metadata = new ObjectMeta { ResourceVersion = "4" } });
        _api.Send(WatchEventType.Deleted, Pods.Make("ns", "b", "5"));
        _api.Send(WatchEventType.Added, Pods.Make("ns", "c", "6"));
        await Wait.UntilAsync(() => recorder.Seen.Count == 5, "five notifications");

        Assert.Equal(["add a@1 initial", "add b@2 initial", "update a@1->3", "delete b", "add c@6"], recorder.Seen);
        Assert.Equal("6", informer.LastSyncResourceVersion);
        Assert.Equal(["ns/a", "ns/c"], informer.Indexer.ListKeys().Order());

        await stop.CancelAsync();
        await run;
        Assert.True(informer.IsStopped);
    }

    [Fact]
    public async Task WatchExpired_Relists_VanishedObjectsDeletedAsTombstones()
    {
        _api.ListResult = _ => List("2", Pods.Make("ns", "a", "1"), Pods.Make("ns", "b", "2"));
        var informer = new SharedIndexInformer<Pod>(_api, TimeSpan.Zero, _time, NullLogger.Instance);
        var recorder = new Recorder();
        informer.AddEventHandler(recorder);
        using var stop = new CancellationTokenSource();
        var run = informer.RunAsync(stop.Token);
        await Wait.UntilAsync(() => _api.WatchCount == 1, "first watch");

        _api.Send(WatchEventType.Modified, Pods.Make("ns", "a", "3"));

        // While the watch was down: b deleted, a unchanged, d added. The server says the version is gone.
        _api.ListResult = options => List("9", Pods.Make("ns", "a", "3"), Pods.Make("ns", "d", "8"));
        _api.SendError(410, "Expired", "too old resource version: 3 (8)");
        await Wait.UntilAsync(() => _api.WatchCount == 2, "watch after the re-list");

        Assert.Equal("3", _api.Lists[1].ResourceVersion);
        Assert.Equal("9", _api.Watches[1].ResourceVersion);
        await Wait.UntilAsync(() => recorder.Seen.Count == 5, "five notifications");
        Assert.Equal(["add a@1 initial", "add b@2 initial", "update a@1->3", "add d@8", "delete b tombstone"], recorder.Seen);

        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task HandlerAddedAfterStart_GetsTheCacheAsAdds()
    {
        _api.ListResult = _ => List("2", Pods.Make("ns", "a", "1"));
        var informer = new SharedIndexInformer<Pod>(_api, TimeSpan.Zero, _time, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var run = informer.RunAsync(stop.Token);
        await Wait.UntilAsync(() => informer.HasSynced, "sync");

        var late = new Recorder();
        var registration = informer.AddEventHandler(late);
        await Wait.UntilAsync(() => registration.HasSynced, "late handler synced");

        Assert.Equal(["add a@1 initial"], late.Seen);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task Resync_RedeliversCachedObjectsToHandlersThatAskedForIt()
    {
        _api.ListResult = _ => List("2", Pods.Make("ns", "a", "1"));
        var informer = new SharedIndexInformer<Pod>(_api, TimeSpan.Zero, _time, NullLogger.Instance);
        var resyncing = new Recorder();
        var quiet = new Recorder();
        informer.AddEventHandler(resyncing, TimeSpan.FromSeconds(30));
        informer.AddEventHandler(quiet);
        using var stop = new CancellationTokenSource();
        var run = informer.RunAsync(stop.Token);
        await Wait.UntilAsync(() => informer.HasSynced && _api.WatchCount == 1, "sync");
        await _time.WaitForTimersAsync(1);

        _time.Advance(TimeSpan.FromSeconds(30));
        await Wait.UntilAsync(() => resyncing.Seen.Count == 2, "resync");

        Assert.Equal(["add a@1 initial", "update a@1->1"], resyncing.Seen);
        Assert.Equal(["add a@1 initial"], quiet.Seen);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task ListFromVersionGone_FallsBackToNewest()
    {
        var calls = 0;
        _api.ListResult = options =>
        {
            calls++;
            if (calls == 2 && options.ResourceVersion == "5")
            {
                throw Machinery.Errors.ApiErrors.ResourceExpired("too old resource version: 5 (7)");
            }

            return List(calls == 1 ? "5" : "8", Pods.Make("ns", "a", calls == 1 ? "5" : "8"));
        };
        var informer = new SharedIndexInformer<Pod>(_api, TimeSpan.Zero, _time, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var run = informer.RunAsync(stop.Token);
        await Wait.UntilAsync(() => _api.WatchCount == 1, "first watch");

        _api.SendError(410, "Gone", "gone");
        await Wait.UntilAsync(() => _api.WatchCount == 2, "second watch");

        Assert.Equal(["0", "5", null], _api.Lists.Select(l => l.ResourceVersion));
        Assert.Equal("8", _api.Watches[1].ResourceVersion);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task PagedList_FollowsContinueTokens()
    {
        _api.ListResult = options => options.Continue switch
        {
            null => new KubeList<Pod> { Metadata = new ListMeta { ResourceVersion = "7", Continue = "page2" }, Items = [Pods.Make("ns", "a")] },
            "page2" => List("7", Pods.Make("ns", "b")),
            _ => throw new InvalidOperationException(),
        };
        var informer = new SharedIndexInformer<Pod>(_api, TimeSpan.Zero, _time, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var run = informer.RunAsync(stop.Token);
        await Wait.UntilAsync(() => informer.HasSynced, "sync");

        Assert.Equal(2, informer.Indexer.Count);
        Assert.Equal(500, _api.Lists[0].Limit);
        Assert.Null(_api.Lists[1].ResourceVersion);
        await stop.CancelAsync();
        await run;
    }
}
