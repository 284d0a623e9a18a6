using KubeSharp.Client.WorkQueue;

namespace KubeSharp.Client.Tests.WorkQueue;

public sealed class WorkQueueTests
{
    [Fact]
    public async Task Add_SameKeyTwiceBeforeGet_HandedOutOnce()
    {
        var queue = new WorkQueue<string>();
        queue.Add("a");
        queue.Add("b");
        queue.Add("a");

        Assert.Equal(2, queue.Length);
        Assert.Equal(("a", false), await queue.GetAsync());
        Assert.Equal(("b", false), await queue.GetAsync());
        Assert.Equal(0, queue.Length);
    }

    [Fact]
    public async Task Add_WhileProcessing_QueuedAgainOnlyAfterDone()
    {
        var queue = new WorkQueue<string>();
        queue.Add("a");
        var (item, _) = await queue.GetAsync();

        queue.Add("a");
        Assert.Equal(0, queue.Length);
        var second = queue.GetAsync().AsTask();
        Assert.False(second.IsCompleted);

        queue.Done(item);
        Assert.Equal(("a", false), await second);
    }

    [Fact]
    public async Task Done_NotAddedMeanwhile_KeyGone()
    {
        var queue = new WorkQueue<string>();
        queue.Add("a");
        var (item, _) = await queue.GetAsync();
        queue.Done(item);
        queue.ShutDown();

        Assert.Equal((null, true), await queue.GetAsync());
    }

    [Fact]
    public async Task ShutDown_WakesWaitingWorkers()
    {
        var queue = new WorkQueue<string>();
        var waiting = queue.GetAsync().AsTask();

        queue.ShutDown();

        Assert.True((await waiting).Shutdown);
        Assert.True(queue.ShuttingDown);
    }

    [Fact]
    public async Task ShutDown_KeysQueuedBeforeStillHandedOut()
    {
        var queue = new WorkQueue<string>();
        queue.Add("a");
        queue.ShutDown();
        queue.Add("b");

        Assert.Equal(("a", false), await queue.GetAsync());
        Assert.True((await queue.GetAsync()).Shutdown);
    }

    [Fact]
    public async Task ShutDownWithDrain_WaitsForKeysBeingProcessed()
    {
        var queue = new WorkQueue<string>();
        queue.Add("a");
        var (item, _) = await queue.GetAsync();

        var drain = queue.ShutDownWithDrainAsync();
        Assert.False(drain.IsCompleted);
        Assert.True(queue.ShuttingDown);

        queue.Done(item);
        await drain;
    }

    [Fact]
    public async Task GetAsync_Cancelled_NextKeyGoesToNextWorker()
    {
        var queue = new WorkQueue<string>();
        using var cancel = new CancellationTokenSource();
        var cancelled = queue.GetAsync(cancel.Token).AsTask();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        queue.Add("a");

        Assert.Equal(1, queue.Length);
        Assert.Equal(("a", false), await queue.GetAsync());
    }

    [Fact]
    public async Task ManyWorkers_KeyNeverProcessedByTwoAtOnce_EveryAddSeen()
    {
        // As upstream's TestBasic: producers add overlapping keys while workers process them; a key is never
        // held by two workers, and every add that happened after the last processing started is seen.
        var queue = new WorkQueue<int>();
        var holders = new int[10];
        var lastAdded = new long[10];
        var lastProcessed = new long[10];
        long clock = 0;
        var violations = 0;

        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var (key, shutdown) = await queue.GetAsync();
                if (shutdown)
                {
                    return;
                }

                if (Interlocked.Increment(ref holders[key]) != 1)
                {
                    Interlocked.Increment(ref violations);
                }

                Interlocked.Exchange(ref lastProcessed[key], Interlocked.Increment(ref clock));
                await Task.Yield();
                Interlocked.Decrement(ref holders[key]);
                queue.Done(key);
            }
        })).ToArray();

        var producers = Enumerable.Range(0, 3).Select(p => Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                var key = (i * 7 + p) % 10;
                Interlocked.Exchange(ref lastAdded[key], Interlocked.Increment(ref clock));
                queue.Add(key);
            }
        })).ToArray();

        await Task.WhenAll(producers);
        await queue.ShutDownWithDrainAsync();
        await Task.WhenAll(workers);

        Assert.Equal(0, violations);
        for (var key = 0; key < 10; key++)
        {
            Assert.True(lastProcessed[key] > lastAdded[key], $"key {key} was added after its last processing");
        }
    }
}
