using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.App;
using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.Tests;

public class KubeSchedulerClientTests
{
    [Fact]
    public void StatusPatch_ConditionAndNomination_StrategicMergeShape()
    {
        var condition = new PodCondition
        {
            Type = "PodScheduled",
            Status = "False",
            Reason = "Unschedulable",
            Message = "0/1 nodes are available: 1 Insufficient cpu.",
            LastTransitionTime = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero),
        };

        var patch = KubeSchedulerClient.StatusPatch(condition, new NominatingInfo("n1", NominatingMode.Override));

        Assert.Equal(
            """{"status":{"conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable","message":"0/1 nodes are available: 1 Insufficient cpu.","lastProbeTime":null,"lastTransitionTime":"2024-05-01T12:00:00Z"}],"nominatedNodeName":"n1"}}""",
            patch);
    }

    [Fact]
    public void StatusPatch_ClearNomination_WritesNull() =>
        Assert.Equal("""{"status":{"nominatedNodeName":null}}""", KubeSchedulerClient.StatusPatch(null, new NominatingInfo("", NominatingMode.Override)));
}
