using KubeSharp.Api.Core.V1;
using KubeSharp.Machinery.Fields;

namespace KubeSharp.Machinery.Tests.Fields;

public class SelectableFieldsTests
{
    [Fact]
    public void Pod_Fields()
    {
        var pod = new Pod
        {
            Metadata = new() { Name = "p", Namespace = "ns" },
            Spec = new PodSpec { NodeName = "n1", RestartPolicy = "Always", HostNetwork = true },
            Status = new PodStatus { Phase = "Running", PodIPs = [new PodIP { IP = "10.0.0.5" }] },
        };
        var fields = SelectableFields.Of(pod);
        Assert.Equal("n1", fields["spec.nodeName"]);
        Assert.Equal("true", fields["spec.hostNetwork"]);
        Assert.Equal("10.0.0.5", fields["status.podIP"]);
        Assert.Equal("ns", fields["metadata.namespace"]);
        Assert.True(SelectableFields.Matches(FieldSelector.Parse("spec.nodeName=n1,status.phase!=Failed"), pod));
        Assert.False(SelectableFields.Matches(FieldSelector.Parse("spec.nodeName="), pod));
    }

    [Fact]
    public void ClusterScopedKinds_HaveNoNamespaceField()
    {
        var node = new Node { Metadata = new() { Name = "n1" }, Spec = new NodeSpec { Unschedulable = true } };
        var fields = SelectableFields.Of(node);
        Assert.Equal(new Dictionary<string, string> { ["metadata.name"] = "n1", ["spec.unschedulable"] = "true" }, fields);
    }

    [Fact]
    public void Event_SourceFallsBackToReportingController()
    {
        var e = new Event { Metadata = new() { Name = "e", Namespace = "ns" }, ReportingController = "kubelet", InvolvedObject = new ObjectReference { Kind = "Pod", Name = "p" } };
        var fields = SelectableFields.Of(e);
        Assert.Equal("kubelet", fields["source"]);
        Assert.Equal("Pod", fields["involvedObject.kind"]);
    }

    [Fact]
    public void Secret_TypeField_AndUnknownKinds()
    {
        Assert.Equal("kubernetes.io/tls", SelectableFields.Of(new Secret { Metadata = new() { Name = "s", Namespace = "ns" }, Type = "kubernetes.io/tls" })["type"]);
        var fields = SelectableFields.Of(new ConfigMap { Metadata = new() { Name = "c", Namespace = "ns" } });
        Assert.Equal(new Dictionary<string, string> { ["metadata.name"] = "c", ["metadata.namespace"] = "ns" }, fields);
    }
}
