using KubeSharp.Testing.Time;

namespace KubeSharp.Scheduler.Tests;

public class SchedulerTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly FakeSchedulerClient _client = new();

    private Scheduler NewScheduler() => new(_client, _time, random: new Random(1));

    private static void Drain(Scheduler scheduler)
    {
        while (scheduler.Queue.TryPop(out var pInfo))
        {
            scheduler.ScheduleOneForTest(pInfo);
        }

        scheduler.WaitForBindings();
    }

    [Fact]
    public void ScheduleOne_FittingNode_BoundWithScheduledEvent()
    {
        using var scheduler = NewScheduler();
        scheduler.OnNodeAdd(NodeBuilder.Make("small").Capacity(("cpu", "1"), ("memory", "1Gi")).Obj());
        scheduler.OnNodeAdd(NodeBuilder.Make("big").Capacity(("cpu", "8"), ("memory", "8Gi")).Obj());
        scheduler.OnPodAdd(PodBuilder.Make("p").Req(("cpu", "2")).Obj());

        Drain(scheduler);

        Assert.Equal("big", _client.Bindings["default/p"]);
        Assert.Contains(_client.Events, e => e is { Reason: "Scheduled", Type: "Normal", Message: "Successfully assigned default/p to big" });
    }

    [Fact]
    public void ScheduleOne_NoFit_FailedSchedulingWithUpstreamMessageAndCondition()
    {
        using var scheduler = NewScheduler();
        scheduler.OnNodeAdd(NodeBuilder.Make("gpu").Capacity(("cpu", "4")).Taint("dedicated", "gpu", "NoSchedule").Obj());
        scheduler.OnNodeAdd(NodeBuilder.Make("n1").Capacity(("cpu", "1")).Obj());
        scheduler.OnNodeAdd(NodeBuilder.Make("n2").Capacity(("cpu", "1")).Obj());
        scheduler.OnPodAdd(PodBuilder.Make("p").Req(("cpu", "2")).Obj());

        Drain(scheduler);

        const string Expected = "0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";
        Assert.Contains(_client.Events, e => e is { Reason: "FailedScheduling", Type: "Warning", Message: Expected });
        var (_, condition, _) = Assert.Single(_client.StatusUpdates);
        Assert.Equal(("PodScheduled", "False", "Unschedulable", Expected), (condition!.Type, condition.Status, condition.Reason, condition.Message));
        Assert.Equal(1, scheduler.Queue.UnschedulableCount);
    }

    [Fact]
    public void OnNodeAdd_PendingPodFitsNewNode_ScheduledAfterBackoff()
    {
        using var scheduler = NewScheduler();
        scheduler.OnNodeAdd(NodeBuilder.Make("small").Capacity(("cpu", "1")).Obj());
        scheduler.OnPodAdd(PodBuilder.Make("p").Req(("cpu", "2")).Obj());
        Drain(scheduler);
        Assert.Empty(_client.Bindings);

        scheduler.OnNodeAdd(NodeBuilder.Make("big").Capacity(("cpu", "4")).Obj());
        _time.Advance(TimeSpan.FromSeconds(1));
        scheduler.Queue.FlushBackoffQCompleted();
        Drain(scheduler);

        Assert.Equal("big", _client.Bindings["default/p"]);
    }

    [Fact]
    public void ScheduleOne_HighPriorityPodOnFullNode_PreemptsLowerPriorityAndNominates()
    {
        using var scheduler = NewScheduler();
        scheduler.OnNodeAdd(NodeBuilder.Make("n").Capacity(("cpu", "2")).Obj());
        var low = PodBuilder.Make("low").Node("n").Priority(0).Req(("cpu", "2")).Obj();
        scheduler.OnPodAdd(low);
        scheduler.OnPodAdd(PodBuilder.Make("high").Priority(1000).Req(("cpu", "2")).Obj());

        Drain(scheduler);

        Assert.Equal(["default/low"], _client.Deleted);
        Assert.Contains(_client.StatusUpdates, u => u.Pod == "default/high" && u.Nominating?.NominatedNodeName == "n");
        Assert.Contains(_client.Events, e => e is { Pod: "default/low", Reason: "Preempted" });

        // The victim goes away: the preemptor now fits on its nominated node.
        scheduler.OnPodDelete(low);
        _time.Advance(TimeSpan.FromSeconds(1));
        scheduler.Queue.FlushBackoffQCompleted();
        Drain(scheduler);
        Assert.Equal("n", _client.Bindings["default/high"]);
    }

    [Fact]
    public void BindFailure_PodForgottenAndRetried()
    {
        using var scheduler = NewScheduler();
        scheduler.OnNodeAdd(NodeBuilder.Make("n").Capacity(("cpu", "2")).Obj());
        _client.BindError = (_, _) => new InvalidOperationException("boom");
        scheduler.OnPodAdd(PodBuilder.Make("p").Req(("cpu", "1")).Obj());

        Drain(scheduler);

        Assert.Equal(0, scheduler.Cache.PodCount);
        Assert.Contains(_client.StatusUpdates, u => u.Condition?.Reason == "SchedulerError");
        Assert.Equal(1, scheduler.Queue.BackoffCount);
    }

    [Fact]
    public void ScheduleOne_ManyNodes_ParallelFilterFindsTheOnlyFitAndCountsEveryRejection()
    {
        using var scheduler = new Scheduler(_client, _time, new SchedulerOptions { Parallelism = 2 }, random: new Random(1));
        for (var i = 0; i < 300; i++)
        {
            var node = NodeBuilder.Make($"n{i}").Capacity(("cpu", "4"));
            if (i == 257)
            {
                node.Label("disk", "ssd");
            }

            scheduler.OnNodeAdd(node.Obj());
        }

        scheduler.OnPodAdd(PodBuilder.Make("fits").NodeSelector("disk", "ssd").Req(("cpu", "1")).Obj());
        scheduler.OnPodAdd(PodBuilder.Make("never").NodeSelector("disk", "nvme").Req(("cpu", "1")).Obj());

        Drain(scheduler);

        Assert.Equal("n257", _client.Bindings["default/fits"]);
        Assert.Contains(_client.Events, e => e is { Pod: "default/never", Message: "0/300 nodes are available: 300 node(s) didn't match Pod's node affinity/selector. preemption: 0/300 nodes are available: 300 Preemption is not helpful for scheduling." });
    }

    [Theory]
    [InlineData(50, 50)]
    [InlineData(100, 100)]
    [InlineData(1000, 420)]
    [InlineData(5000, 500)]
    [InlineData(6000, 300)]
    public void NumFeasibleNodesToFind_Adaptive_UpstreamFormula(int nodes, int expected) =>
        Assert.Equal(expected, Scheduler.NumFeasibleNodesToFind(0, nodes));
}
