using KubeSharp.Kubelet.Kuberuntime;
using KubeSharp.Testing.Time;

namespace KubeSharp.Kubelet.Tests.Kuberuntime;

public sealed class BackOffTests
{
    [Fact]
    public void Next_Repeatedly_DoublesFromTenSecondsToFiveMinutes()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var backOff = new BackOff(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), time);

        List<double> delays = [];
        for (var i = 0; i < 8; i++)
        {
            backOff.Next("c", time.GetUtcNow());
            delays.Add(backOff.Get("c").TotalSeconds);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([10, 20, 40, 80, 160, 300, 300, 300], delays);
    }

    [Fact]
    public void IsInBackOffSince_WithinAndAfterTheDelay_TrueThenFalse()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var backOff = new BackOff(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), time);
        var exited = time.GetUtcNow();
        Assert.False(backOff.IsInBackOffSince("c", exited, out _));

        backOff.Next("c", exited);
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.True(backOff.IsInBackOffSince("c", exited, out var remaining));
        Assert.Equal(TimeSpan.FromSeconds(6), remaining);

        time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(backOff.IsInBackOffSince("c", exited, out _));
    }

    [Fact]
    public void Next_AfterTwiceTheMaximumWithoutEvents_StartsOver()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var backOff = new BackOff(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), time);
        backOff.Next("c", time.GetUtcNow());
        backOff.Next("c", time.GetUtcNow());
        Assert.Equal(TimeSpan.FromSeconds(20), backOff.Get("c"));

        // A container that ran for more than 10 minutes crashes again: back to 10 s (upstream's reset).
        time.Advance(TimeSpan.FromMinutes(11));
        backOff.Next("c", time.GetUtcNow());

        Assert.Equal(TimeSpan.FromSeconds(10), backOff.Get("c"));
    }
}
