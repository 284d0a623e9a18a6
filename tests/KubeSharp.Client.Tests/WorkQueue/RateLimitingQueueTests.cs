using KubeSharp.Client.WorkQueue;
using KubeSharp.Testing.Time;

namespace KubeSharp.Client.Tests.WorkQueue;

public sealed class RateLimitingQueueTests
{
    [Fact]
    public void AddRateLimited_WaitsPerLimiter_ForgetResets()
    {
        // Upstream's TestRateLimitingQueue, in virtual time.
        var time = new FakeTimeProvider();
        var limiter = new ItemExponentialFailureRateLimiter<string>(TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));
        var queue = new RateLimitingQueue<string>(time, "test", limiter);

        queue.AddRateLimited("one");
        queue.AddRateLimited("one");
        queue.AddRateLimited("two");
        Assert.Equal(2, queue.Waiting);
        Assert.Equal(2, queue.NumRequeues("one"));
        Assert.Equal(1, queue.NumRequeues("two"));

        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, queue.Length);

        queue.Forget("one");
        Assert.Equal(0, queue.NumRequeues("one"));
        queue.AddRateLimited("one");
        Assert.Equal(1, queue.Waiting);
    }

    [Fact]
    public async Task AddRateLimited_FailingKey_RetriedWithGrowingBackOff()
    {
        var time = new FakeTimeProvider();
        var queue = new RateLimitingQueue<string>(time);
        var ready = new List<TimeSpan>();
        var start = time.GetUtcNow();

        queue.Add("key");
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var (key, _) = await queue.GetAsync();
            ready.Add(time.GetUtcNow() - start);
            queue.AddRateLimited(key);
            queue.Done(key);
            while (queue.Length == 0)
            {
                time.Advance(TimeSpan.FromMilliseconds(1));
            }
        }

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(15), TimeSpan.FromMilliseconds(35)], ready);
    }
}
