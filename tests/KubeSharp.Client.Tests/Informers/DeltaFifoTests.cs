using KubeSharp.Api.Core.V1;
using KubeSharp.Client.Informers;

namespace KubeSharp.Client.Tests.Informers;

public sealed class DeltaFifoTests
{
    private static async Task<(string Key, IReadOnlyList<Delta> Deltas, bool Initial)> PopAsync(DeltaFifo<Pod> fifo)
    {
        (string, IReadOnlyList<Delta>, bool) popped = default;
        Assert.True(await fifo.PopAsync((deltas, initial) => popped = (Cache.DeletionHandlingMetaNamespaceKey(deltas[0].Object), deltas, initial)));
        return popped;
    }

    [Fact]
    public async Task ChangesOfOneKey_AccumulateInOrder_KeysInFirstChangedOrder()
    {
        var fifo = new DeltaFifo<Pod>();
        fifo.Add(Pods.Make("a", "one", "1"));
        fifo.Add(Pods.Make("a", "two", "2"));
        fifo.Update(Pods.Make("a", "one", "3"));

        var (key, deltas, _) = await PopAsync(fifo);
        Assert.Equal("a/one", key);
        Assert.Equal([DeltaType.Added, DeltaType.Updated], deltas.Select(d => d.Type));
        Assert.Equal("3", ((Pod)deltas[1].Object).Metadata.ResourceVersion);
        Assert.Equal("a/two", (await PopAsync(fifo)).Key);
    }

    [Fact]
    public void Delete_UnknownObject_Ignored()
    {
        var fifo = new DeltaFifo<Pod>(new Indexer<Pod>());
        fifo.Delete(Pods.Make("a", "ghost"));
        Assert.Empty(fifo.ListKeys());
    }

    [Fact]
    public void Delete_Twice_Deduplicated_KeepingTheRealObjectOverATombstone()
    {
        var known = new Indexer<Pod>();
        known.Add(Pods.Make("a", "one"));
        var fifo = new DeltaFifo<Pod>(known);

        fifo.Delete(Pods.Make("a", "one", "5"));
        fifo.Replace([], "6");

        var deltas = fifo.GetByKey("a/one");
        var delta = Assert.Single(deltas);
        Assert.Equal(DeltaType.Deleted, delta.Type);
        Assert.IsType<Pod>(delta.Object);
    }

    [Fact]
    public async Task Replace_ObjectGoneFromList_DeletedWithFinalStateUnknown()
    {
        // What the consumer knows: "stale" (vanished while the watch was down) and "kept".
        var known = new Indexer<Pod>();
        known.Add(Pods.Make("a", "stale", "1"));
        known.Add(Pods.Make("a", "kept", "1"));
        var fifo = new DeltaFifo<Pod>(known);

        fifo.Replace([Pods.Make("a", "kept", "2"), Pods.Make("a", "new", "3")], "3");

        var popped = new Dictionary<string, Delta>();
        for (var i = 0; i < 3; i++)
        {
            var (key, deltas, initial) = await PopAsync(fifo);
            Assert.True(initial);
            popped[key] = Assert.Single(deltas);
        }

        Assert.Equal(DeltaType.Replaced, popped["a/kept"].Type);
        Assert.Equal(DeltaType.Replaced, popped["a/new"].Type);
        var tombstone = Assert.IsType<DeletedFinalStateUnknown<Pod>>(popped["a/stale"].Object);
        Assert.Equal("a/stale", tombstone.Key);
        Assert.Equal("1", tombstone.Obj.Metadata.ResourceVersion);
        Assert.True(fifo.HasSynced);
    }

    [Fact]
    public async Task HasSynced_OnlyAfterTheInitialListIsPopped()
    {
        var fifo = new DeltaFifo<Pod>(new Indexer<Pod>());
        Assert.False(fifo.HasSynced);
        fifo.Replace([Pods.Make("a", "one"), Pods.Make("a", "two")], "2");
        Assert.False(fifo.HasSynced);

        await PopAsync(fifo);
        Assert.False(fifo.HasSynced);
        await PopAsync(fifo);
        Assert.True(fifo.HasSynced);
    }

    [Fact]
    public void Resync_QueuesSyncOnlyForKeysWithoutPendingChanges()
    {
        var known = new Indexer<Pod>();
        known.Add(Pods.Make("a", "idle"));
        known.Add(Pods.Make("a", "busy"));
        var fifo = new DeltaFifo<Pod>(known);
        fifo.Update(Pods.Make("a", "busy", "2"));

        fifo.Resync();

        Assert.Equal([DeltaType.Sync], fifo.GetByKey("a/idle").Select(d => d.Type));
        Assert.Equal([DeltaType.Updated], fifo.GetByKey("a/busy").Select(d => d.Type));
    }

    [Fact]
    public async Task Close_WakesTheConsumer()
    {
        var fifo = new DeltaFifo<Pod>();
        var pop = fifo.PopAsync((_, _) => { });
        fifo.Close();
        Assert.False(await pop);
    }
}
