using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Plugins.QueueSort;
using KubeSharp.Scheduler.Framework.Plugins.SchedulingGates;
using KubeSharp.Scheduler.Queue;
using KubeSharp.Testing.Time;

namespace KubeSharp.Scheduler.Tests.Queue;

public class SchedulingQueueTests
{
    private readonly FakeTimeProvider _time = new();

    private SchedulingQueue NewQueue(IReadOnlyDictionary<string, IReadOnlyList<ClusterEventWithHint>>? hints = null) =>
        new(new PrioritySort().Less, _time, preEnqueuePlugins: _ => [new SchedulingGates()], queueingHints: hints);

    private static QueuedPodInfo PopNow(SchedulingQueue queue)
    {
        Assert.True(queue.TryPop(out var pInfo));
        return pInfo;
    }

    [Fact]
    public void Pop_DifferentPriorities_HighestFirstThenArrival()
    {
        using var queue = NewQueue();
        queue.Add(PodBuilder.Make("low").Priority(1).Obj());
        _time.Advance(TimeSpan.FromMilliseconds(1));
        queue.Add(PodBuilder.Make("high").Priority(10).Obj());
        _time.Advance(TimeSpan.FromMilliseconds(1));
        queue.Add(PodBuilder.Make("low2").Priority(1).Obj());

        string[] order = [PopNow(queue).Pod.Metadata.Name!, PopNow(queue).Pod.Metadata.Name!, PopNow(queue).Pod.Metadata.Name!];

        Assert.Equal(["high", "low", "low2"], order);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 10)]
    [InlineData(20, 10)]
    public void BackoffDuration_Attempts_DoublesFromOneSecondCappedAtTen(int attempts, int seconds)
    {
        using var queue = NewQueue();
        var pInfo = new QueuedPodInfo(new PodInfo(PodBuilder.Make("p").Obj()), _time.GetUtcNow()) { UnschedulableCount = attempts };

        Assert.Equal(TimeSpan.FromSeconds(seconds), queue.BackoffDuration(pInfo));
    }

    [Fact]
    public void AddUnschedulable_MoveRequestDuringAttempt_GoesToBackoffThenActiveAfterOneSecond()
    {
        using var queue = NewQueue();
        queue.Add(PodBuilder.Make("p").Obj());
        var pInfo = PopNow(queue);
        queue.MoveAllToActiveOrBackoffQueue(ClusterEvent.NodeAdd);
        pInfo.UnschedulableCount = 1;
        pInfo.UnschedulablePlugins.Add("NodeResourcesFit");

        queue.AddUnschedulableIfNotPresent(pInfo, queue.SchedulingCycle);

        Assert.Equal((0, 1, 0), (queue.ActiveCount, queue.BackoffCount, queue.UnschedulableCount));
        _time.Advance(TimeSpan.FromMilliseconds(999));
        queue.FlushBackoffQCompleted();
        Assert.Equal(0, queue.ActiveCount);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        queue.FlushBackoffQCompleted();
        Assert.Equal(1, queue.ActiveCount);
    }

    [Fact]
    public void MoveAll_EventRegisteredByRejector_MovesPod()
    {
        var hints = new Dictionary<string, IReadOnlyList<ClusterEventWithHint>>
        {
            ["NodeResourcesFit"] = [new ClusterEventWithHint(ClusterEvent.AssignedPodDelete)],
            ["TaintToleration"] = [new ClusterEventWithHint(ClusterEvent.NodeAdd, (_, _, node) => ((Node)node!).Spec.Taints is null ? QueueingHint.Queue : QueueingHint.QueueSkip)],
        };
        using var queue = NewQueue(hints);
        queue.Add(PodBuilder.Make("fit").Obj());
        queue.Add(PodBuilder.Make("taint").Obj());
        var fit = PopNow(queue);
        var taint = PopNow(queue);
        fit.UnschedulablePlugins.Add("NodeResourcesFit");
        taint.UnschedulablePlugins.Add("TaintToleration");
        queue.AddUnschedulableIfNotPresent(fit, queue.SchedulingCycle);
        queue.AddUnschedulableIfNotPresent(taint, queue.SchedulingCycle);
        Assert.Equal(2, queue.UnschedulableCount);

        queue.MoveAllToActiveOrBackoffQueue(ClusterEvent.NodeAdd, null, NodeBuilder.Make("n").Taint("a", "b", "NoSchedule").Obj());
        Assert.Equal(2, queue.UnschedulableCount);

        queue.MoveAllToActiveOrBackoffQueue(ClusterEvent.NodeAdd, null, NodeBuilder.Make("n").Obj());
        Assert.Equal(1, queue.UnschedulableCount);
        Assert.Equal(["taint"], queue.PendingPods().Where(p => p.Metadata.Name == "taint").Select(p => p.Metadata.Name));

        queue.MoveAllToActiveOrBackoffQueue(ClusterEvent.AssignedPodDelete, PodBuilder.Make("gone").Obj(), null);
        Assert.Equal(0, queue.UnschedulableCount);
    }

    [Fact]
    public void FlushUnschedulableLeftover_AfterFiveMinutes_PodRetried()
    {
        using var queue = NewQueue();
        queue.Add(PodBuilder.Make("p").Obj());
        var pInfo = PopNow(queue);
        pInfo.UnschedulablePlugins.Add("X");
        queue.AddUnschedulableIfNotPresent(pInfo, queue.SchedulingCycle);

        _time.Advance(TimeSpan.FromMinutes(5));
        queue.FlushUnschedulablePodsLeftover();
        Assert.Equal(1, queue.UnschedulableCount);

        _time.Advance(TimeSpan.FromSeconds(1));
        queue.FlushUnschedulablePodsLeftover();
        Assert.Equal(0, queue.UnschedulableCount);
        Assert.Equal(1, queue.ActiveCount + queue.BackoffCount);
    }

    [Fact]
    public void Add_GatedPod_WaitsUntilGatesRemoved()
    {
        using var queue = NewQueue();
        var gated = PodBuilder.Make("p").SchedulingGates("example.com/gate").Obj();
        queue.Add(gated);
        Assert.Equal((0, 1), (queue.ActiveCount, queue.UnschedulableCount));

        queue.MoveAllToActiveOrBackoffQueue(ClusterEvent.NodeAdd);
        Assert.Equal(0, queue.ActiveCount);

        var ungated = PodBuilder.Make("p").Obj();
        queue.Update(gated, ungated);
        Assert.Equal((1, 0), (queue.ActiveCount, queue.UnschedulableCount));
    }

    [Fact]
    public void Delete_PendingPod_RemovedEverywhere()
    {
        using var queue = NewQueue();
        var pod = PodBuilder.Make("p").Obj();
        queue.Add(pod);

        queue.Delete(pod);

        Assert.Empty(queue.PendingPods());
    }

    [Fact]
    public void Pop_Closed_ReturnsNull()
    {
        var queue = NewQueue();
        queue.Close();

        Assert.Null(queue.Pop());
    }
}
