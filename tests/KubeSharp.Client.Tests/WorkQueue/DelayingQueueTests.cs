using KubeSharp.Client.WorkQueue;
using KubeSharp.Testing.Time;

namespace KubeSharp.Client.Tests.WorkQueue;

public sealed class DelayingQueueTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void AddAfter_NotQueuedUntilTheDelayPasses()
    {
        var queue = new DelayingQueue<string>(_time);
        queue.AddAfter("a", TimeSpan.FromMilliseconds(50));

        _time.Advance(TimeSpan.FromMilliseconds(49));
        Assert.Equal(0, queue.Length);
        Assert.Equal(1, queue.Waiting);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, queue.Length);
        Assert.Equal(0, queue.Waiting);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void AddAfter_NoDelay_QueuedAtOnce(int milliseconds)
    {
        var queue = new DelayingQueue<string>(_time);
        queue.AddAfter("a", TimeSpan.FromMilliseconds(milliseconds));
        Assert.Equal(1, queue.Length);
    }

    [Fact]
    public async Task AddAfter_SameKeyTwice_KeepsTheEarlierReadyTime()
    {
        // Upstream's TestDeduping: a later add does not push a waiting key back, an earlier one moves it forward.
        var queue = new DelayingQueue<string>(_time);
        queue.AddAfter("a", TimeSpan.FromMilliseconds(50));
        queue.AddAfter("a", TimeSpan.FromMilliseconds(70));
        Assert.Equal(1, queue.Waiting);

        _time.Advance(TimeSpan.FromMilliseconds(60));
        Assert.Equal(1, queue.Length);

        var (item, _) = await queue.GetAsync();
        queue.Done(item);
        queue.AddAfter("b", TimeSpan.FromMilliseconds(70));
        queue.AddAfter("b", TimeSpan.FromMilliseconds(50));
        _time.Advance(TimeSpan.FromMilliseconds(50));
        Assert.Equal(1, queue.Length);
        _time.Advance(TimeSpan.FromMilliseconds(30));
        Assert.Equal(1, queue.Length);
    }

    [Fact]
    public async Task AddAfter_ManyKeys_QueuedInReadyOrder()
    {
        var queue = new DelayingQueue<string>(_time);
        queue.AddAfter("late", TimeSpan.FromSeconds(3));
        queue.AddAfter("early", TimeSpan.FromSeconds(1));
        queue.AddAfter("middle", TimeSpan.FromSeconds(2));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(("early", false), await queue.GetAsync());
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(("middle", false), await queue.GetAsync());
        Assert.Equal(("late", false), await queue.GetAsync());
    }

    [Fact]
    public async Task AddAfter_WorkerWaiting_WokenWhenReady()
    {
        var queue = new DelayingQueue<string>(_time);
        var waiting = queue.GetAsync().AsTask();
        queue.AddAfter("a", TimeSpan.FromSeconds(1));
        Assert.False(waiting.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(("a", false), await waiting);
    }

    [Fact]
    public void ShutDown_WaitingKeysDropped_TimerStopped()
    {
        var queue = new DelayingQueue<string>(_time);
        queue.AddAfter("a", TimeSpan.FromSeconds(1));
        queue.ShutDown();
        queue.AddAfter("b", TimeSpan.FromSeconds(1));

        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(0, queue.Length);
        Assert.Equal(0, queue.Waiting);
        Assert.Equal(0, _time.PendingTimers);
    }
}
