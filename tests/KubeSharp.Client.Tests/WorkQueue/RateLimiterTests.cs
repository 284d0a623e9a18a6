using KubeSharp.Client.Flowcontrol;
using KubeSharp.Client.WorkQueue;
using KubeSharp.Testing.Time;

namespace KubeSharp.Client.Tests.WorkQueue;

public sealed class RateLimiterTests
{
    private static readonly TimeSpan Ms = TimeSpan.FromMilliseconds(1);

    [Fact]
    public void ItemExponential_DoublesPerFailure_CappedAtMax_ForgetResets()
    {
        // Upstream's TestItemExponentialFailureRateLimiter.
        var limiter = new ItemExponentialFailureRateLimiter<string>(Ms, TimeSpan.FromSeconds(1));
        TimeSpan[] expected = [Ms, 2 * Ms, 4 * Ms, 8 * Ms, 16 * Ms];
        foreach (var wait in expected)
        {
            Assert.Equal(wait, limiter.When("one"));
        }

        Assert.Equal(5, limiter.NumRequeues("one"));
        Assert.Equal(Ms, limiter.When("two"));
        Assert.Equal(2 * Ms, limiter.When("two"));
        Assert.Equal(2, limiter.NumRequeues("two"));

        limiter.Forget("one");
        Assert.Equal(0, limiter.NumRequeues("one"));
        Assert.Equal(Ms, limiter.When("one"));
    }

    [Fact]
    public void ItemExponential_ManyFailures_SaturatesAtMaxWithoutOverflow()
    {
        // Upstream's TestItemExponentialFailureRateLimiterOverFlow: 2^1000 would overflow any integer.
        var limiter = new ItemExponentialFailureRateLimiter<string>(Ms, TimeSpan.FromSeconds(1000));
        for (var i = 0; i < 5; i++)
        {
            limiter.When("one");
        }

        Assert.Equal(32 * Ms, limiter.When("one"));
        for (var i = 0; i < 1000; i++)
        {
            limiter.When("overflow");
        }

        Assert.Equal(TimeSpan.FromSeconds(1000), limiter.When("overflow"));
    }

    [Fact]
    public void ItemFastSlow_FastThenSlow()
    {
        var limiter = new ItemFastSlowRateLimiter<string>(5 * Ms, 10 * TimeSpan.FromSeconds(1), 3);
        Assert.Equal(5 * Ms, limiter.When("one"));
        Assert.Equal(5 * Ms, limiter.When("one"));
        Assert.Equal(5 * Ms, limiter.When("one"));
        Assert.Equal(TimeSpan.FromSeconds(10), limiter.When("one"));
        Assert.Equal(TimeSpan.FromSeconds(10), limiter.When("one"));
        Assert.Equal(5, limiter.NumRequeues("one"));
        Assert.Equal(5 * Ms, limiter.When("two"));

        limiter.Forget("one");
        Assert.Equal(0, limiter.NumRequeues("one"));
        Assert.Equal(5 * Ms, limiter.When("one"));
    }

    [Fact]
    public void Bucket_BurstFreeThenOneTokenPerInterval()
    {
        var time = new FakeTimeProvider();
        var limiter = new BucketRateLimiter<string>(new TokenBucketRateLimiter(10, 3, time));

        Assert.Equal(TimeSpan.Zero, limiter.When("a"));
        Assert.Equal(TimeSpan.Zero, limiter.When("b"));
        Assert.Equal(TimeSpan.Zero, limiter.When("c"));
        Assert.Equal(100 * Ms, limiter.When("d"));
        Assert.Equal(200 * Ms, limiter.When("e"));
        Assert.Equal(0, limiter.NumRequeues("d"));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, limiter.When("f"));
    }

    [Fact]
    public void MaxOf_LongestWaitWins_ForgetReachesEveryLimiter()
    {
        // Upstream's TestMaxOfRateLimiter: fast/slow 5 ms ×3 then 3 s, and exponential 1 ms → 1 s.
        var limiter = new MaxOfRateLimiter<string>(
            new ItemFastSlowRateLimiter<string>(5 * Ms, TimeSpan.FromSeconds(3), 3),
            new ItemExponentialFailureRateLimiter<string>(Ms, TimeSpan.FromSeconds(1)));

        Assert.Equal(5 * Ms, limiter.When("one"));
        Assert.Equal(5 * Ms, limiter.When("one"));
        Assert.Equal(5 * Ms, limiter.When("one"));
        Assert.Equal(TimeSpan.FromSeconds(3), limiter.When("one"));
        Assert.Equal(TimeSpan.FromSeconds(3), limiter.When("one"));
        Assert.Equal(5, limiter.NumRequeues("one"));

        limiter.Forget("one");
        Assert.Equal(0, limiter.NumRequeues("one"));
        Assert.Equal(5 * Ms, limiter.When("one"));
    }

    [Fact]
    public void DefaultController_PerKeyBackOffFrom5ms_OverallBucketAfter100()
    {
        var time = new FakeTimeProvider();
        var limiter = DefaultControllerRateLimiter.Create<string>(time);

        Assert.Equal(5 * Ms, limiter.When("key"));
        Assert.Equal(10 * Ms, limiter.When("key"));
        Assert.Equal(20 * Ms, limiter.When("key"));

        // The bucket started with 100 tokens; three are spent. The 100th retry is still free of bucket delay.
        for (var i = 0; i < 97; i++)
        {
            Assert.Equal(5 * Ms, limiter.When($"other-{i}"));
        }

        // The 101st waits for the bucket: 10 qps, so 100 ms, longer than the fresh key's 5 ms.
        Assert.Equal(100 * Ms, limiter.When("late"));
    }

    [Fact]
    public void DefaultController_BackOffCapsAt1000Seconds()
    {
        var limiter = DefaultControllerRateLimiter.Create<string>(new FakeTimeProvider());
        var last = TimeSpan.Zero;
        for (var i = 0; i < 40; i++)
        {
            last = limiter.When("key");
        }

        Assert.Equal(TimeSpan.FromSeconds(1000), last);
    }
}
