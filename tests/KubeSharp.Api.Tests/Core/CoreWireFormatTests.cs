using System.Text.Json.Nodes;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Core;

/// <summary>What core/v1 objects look like on the wire: the fields upstream always writes, the wire names that
/// differ from the C# names, and values the API accepts before validation.</summary>
public sealed class CoreWireFormatTests
{
    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}\nactual   {actual}");

    [Fact]
    public void Serialize_NewPod_WritesSpecAndStatusStructs()
    {
        var json = KubeJson.Serialize(new Pod { ApiVersion = "v1", Kind = "Pod" });

        AssertJson("""{"apiVersion":"v1","kind":"Pod","metadata":{},"spec":{"containers":[]},"status":{}}""", json);
    }

    [Fact]
    public void Serialize_ContainerStatus_WritesZeroValuesUpstreamAlwaysEmits()
    {
        var json = KubeJson.Serialize(new Pod
        {
            Status = new PodStatus { ContainerStatuses = [new ContainerStatus { Name = "web" }] },
        });

        var status = JsonNode.Parse(json)!["status"]!["containerStatuses"]![0]!;
        AssertJson("""{"name":"web","state":{},"lastState":{},"ready":false,"restartCount":0,"image":"","imageID":""}""", status.ToJsonString());
    }

    [Fact]
    public void Serialize_Container_WritesEmptyResources()
    {
        var json = KubeJson.Serialize(new Pod { Spec = new PodSpec { Containers = [new Container { Name = "c", Image = "busybox" }] } });

        AssertJson("""{"name":"c","image":"busybox","resources":{}}""", JsonNode.Parse(json)!["spec"]!["containers"]![0]!.ToJsonString());
    }

    [Fact]
    public void Serialize_PodCondition_WritesNullLastProbeTime()
    {
        var condition = new PodCondition { Type = PodConditionType.Ready, Status = ConditionStatus.True };

        var json = KubeJson.Serialize(new Pod { Status = new PodStatus { Conditions = [condition] } });

        AssertJson("""{"type":"Ready","status":"True","lastProbeTime":null,"lastTransitionTime":null}""", JsonNode.Parse(json)!["status"]!["conditions"]![0]!.ToJsonString());
    }

    [Fact]
    public void RoundTrip_ExplicitZeroReplicas_IsKept()
    {
        var controller = KubeJson.Deserialize<ReplicationController>("""{"spec":{"replicas":0},"status":{"replicas":0}}""")!;

        Assert.Equal(0, controller.Spec.Replicas);
        AssertJson("""{"metadata":{},"spec":{"replicas":0},"status":{"replicas":0}}""", KubeJson.Serialize(controller));
    }

    [Fact]
    public void Deserialize_UnknownEnumValue_IsKeptForValidationToReject()
    {
        var pod = KubeJson.Deserialize<Pod>("""{"spec":{"restartPolicy":"Sometimes","containers":[]}}""")!;

        Assert.Equal("Sometimes", pod.Spec.RestartPolicy);
    }

    [Fact]
    public void Deserialize_Volume_SourceFieldsSitNextToName()
    {
        var pod = KubeJson.Deserialize<Pod>("""{"spec":{"containers":[],"volumes":[{"name":"v","emptyDir":{"sizeLimit":"1Gi"}}]}}""")!;

        var volume = Assert.Single(pod.Spec.Volumes!);
        Assert.Equal("v", volume.Name);
        Assert.Equal(Quantity.Parse("1Gi"), volume.EmptyDir!.SizeLimit);
        VolumeSource source = volume;
        Assert.NotNull(source.EmptyDir);
    }

    [Fact]
    public void Deserialize_Probe_HandlerFieldsSitNextToTimings()
    {
        var probe = KubeJson.Deserialize<Pod>("""{"spec":{"containers":[{"name":"c","livenessProbe":{"httpGet":{"port":"http","path":"/"},"periodSeconds":3}}]}}""")!
            .Spec.Containers[0].LivenessProbe!;

        Assert.Equal(IntOrString.FromString("http"), probe.HTTPGet!.Port);
        Assert.Equal(3, probe.PeriodSeconds);
    }

    [Theory]
    [InlineData("""{"containerPort":80}""", 80)]
    [InlineData("""{"containerPort":8080,"protocol":"UDP"}""", 8080)]
    public void ContainerPort_Port_IsContainerPortOnTheWire(string json, int expected)
    {
        var pod = KubeJson.Deserialize<Pod>($$$"""{"spec":{"containers":[{"name":"c","ports":[{{{json}}}]}]}}""")!;

        Assert.Equal(expected, pod.Spec.Containers[0].Ports![0].Port);
    }

    [Fact]
    public void Serialize_DaemonEndpoint_UsesCapitalPort()
    {
        var node = new Node();
        node.Status.DaemonEndpoints.KubeletEndpoint.Port = 10250;

        var json = JsonNode.Parse(KubeJson.Serialize(node))!;

        Assert.Equal(10250, json["status"]!["daemonEndpoints"]!["kubeletEndpoint"]!["Port"]!.GetValue<int>());
    }

    [Fact]
    public void Serialize_Node_WritesNodeInfoStringsEvenWhenEmpty()
    {
        var json = JsonNode.Parse(KubeJson.Serialize(new Node()))!;

        var nodeInfo = json["status"]!["nodeInfo"]!.AsObject();
        Assert.Equal(10, nodeInfo.Count);
        Assert.Equal("", nodeInfo["kubeletVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Secret_Data_IsBase64Bytes()
    {
        var secret = KubeJson.Deserialize<Secret>("""{"data":{"key":"AAEC/w=="},"stringData":{"plain":"text"}}""")!;

        Assert.Equal(new byte[] { 0, 1, 2, 255 }, secret.Data!["key"]);
        Assert.Equal("text", secret.StringData!["plain"]);
        AssertJson("""{"metadata":{},"data":{"key":"AAEC/w=="},"stringData":{"plain":"text"}}""", KubeJson.Serialize(secret));
    }

    [Fact]
    public void Deserialize_SecretDataNotBase64_Fails()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => KubeJson.Deserialize<Secret>("""{"data":{"key":"not base64!"}}"""));
    }

    [Theory]
    [InlineData("""{"kind":"Pod","name":"p"}""", "uid")]
    [InlineData("""{"apiGroup":null,"kind":"PersistentVolumeClaim","name":"c"}""", "apiGroup")]
    public void References_KeepUpstreamOptionality(string json, string field)
    {
        var claim = KubeJson.Deserialize<PersistentVolumeClaim>($$$"""{"spec":{"dataSource":{{{json}}}}}""")!;
        var written = JsonNode.Parse(KubeJson.Serialize(claim))!["spec"]!["dataSource"]!.AsObject();

        // apiGroup has no omitempty upstream, so a null is written; other fields are omitted when empty.
        Assert.Equal(field == "apiGroup", written.ContainsKey(field));
    }

    [Fact]
    public void Serialize_Event_WritesReportingFieldsAndNullTimes()
    {
        var json = JsonNode.Parse(KubeJson.Serialize(new Event()))!.AsObject();

        Assert.Equal("", json["reportingComponent"]!.GetValue<string>());
        Assert.Equal("", json["reportingInstance"]!.GetValue<string>());
        Assert.True(json.ContainsKey("eventTime") && json["eventTime"] is null);
        Assert.True(json.ContainsKey("firstTimestamp") && json["firstTimestamp"] is null);
        Assert.NotNull(json["involvedObject"]);
        Assert.NotNull(json["source"]);
    }

    [Fact]
    public void PodSpec_DeprecatedServiceAccount_IsServiceAccountOnTheWire()
    {
        var pod = KubeJson.Deserialize<Pod>("""{"spec":{"containers":[],"serviceAccount":"old","serviceAccountName":"new"}}""")!;

        Assert.Equal("old", pod.Spec.DeprecatedServiceAccount);
        Assert.Equal("new", pod.Spec.ServiceAccountName);
    }
}
