using KubeSharp.Client.Flowcontrol;
using KubeSharp.Testing.Time;

namespace KubeSharp.Client.Tests.Flowcontrol;

public sealed class TokenBucketRateLimiterTests
{
    [Fact]
    public void TryAccept_StartsFull_RefillsAtQps()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucketRateLimiter(5, 2, time);

        Assert.True(bucket.TryAccept());
        Assert.True(bucket.TryAccept());
        Assert.False(bucket.TryAccept());

        time.Advance(TimeSpan.FromMilliseconds(199));
        Assert.False(bucket.TryAccept());
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(bucket.TryAccept());

        time.Advance(TimeSpan.FromHours(1));
        Assert.True(bucket.TryAccept());
        Assert.True(bucket.TryAccept());
        Assert.False(bucket.TryAccept());
    }

    [Fact]
    public async Task WaitAsync_EmptyBucket_WaitsForItsToken()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucketRateLimiter(10, 1, time);
        await bucket.WaitAsync();

        var second = bucket.WaitAsync().AsTask();
        var third = bucket.WaitAsync().AsTask();
        Assert.False(second.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(100));
        await second;
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(100));
        await third;
    }

    [Fact]
    public async Task WaitAsync_Cancelled_GivesTheTokenBack()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucketRateLimiter(1, 1, time);
        await bucket.WaitAsync();
        using var cancel = new CancellationTokenSource();
        var waiting = bucket.WaitAsync(cancel.Token).AsTask();

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(bucket.TryAccept());
    }
}
