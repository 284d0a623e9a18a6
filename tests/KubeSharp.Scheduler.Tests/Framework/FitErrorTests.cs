using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.Tests.Framework;

public class FitErrorTests
{
    [Fact]
    public void Message_FilterReasonsAndPreemption_UpstreamForm()
    {
        var diagnosis = new Diagnosis();
        diagnosis.NodeToStatus.Set("n1", new Status(Code.UnschedulableAndUnresolvable, "node(s) had untolerated taint {dedicated: gpu}"));
        diagnosis.NodeToStatus.Set("n2", new Status(Code.Unschedulable, "Insufficient cpu"));
        diagnosis.NodeToStatus.Set("n3", new Status(Code.Unschedulable, "Insufficient cpu"));
        var preemption = new Diagnosis();
        preemption.NodeToStatus.AbsentNodesStatus = new Status(Code.UnschedulableAndUnresolvable, "Preemption is not helpful for scheduling");
        diagnosis.PostFilterMsg = "preemption: " + new FitError(new(), 3, preemption).Message;

        var message = new FitError(new(), 3, diagnosis).Message;

        Assert.Equal(
            "0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
            message);
    }

    [Fact]
    public void Message_PreFilterRejected_UsesPreFilterMessageOnly()
    {
        var diagnosis = new Diagnosis { PreFilterMsg = "waiting for something" };
        diagnosis.NodeToStatus.AbsentNodesStatus = new Status(Code.UnschedulableAndUnresolvable, "waiting for something");

        Assert.Equal("0/2 nodes are available: waiting for something.", new FitError(new(), 2, diagnosis).Message);
    }

    [Fact]
    public void Message_MultipleReasonsPerNode_EachCountedAndSortedAsStrings()
    {
        var diagnosis = new Diagnosis();
        diagnosis.NodeToStatus.Set("a", new Status(Code.Unschedulable, "Insufficient cpu", "Insufficient memory"));
        diagnosis.NodeToStatus.Set("b", new Status(Code.Unschedulable, "Insufficient memory"));
        for (var i = 0; i < 10; i++)
        {
            diagnosis.NodeToStatus.Set("c" + i, new Status(Code.Unschedulable, "Too many pods"));
        }

        // Go's sort.Strings orders "10 …" before "2 …".
        Assert.Equal("0/12 nodes are available: 1 Insufficient cpu, 10 Too many pods, 2 Insufficient memory.", new FitError(new(), 12, diagnosis).Message);
    }
}
