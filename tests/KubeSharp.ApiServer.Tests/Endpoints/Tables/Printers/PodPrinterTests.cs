using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Endpoints.Tables.Printers;

namespace KubeSharp.ApiServer.Tests.Endpoints.Tables.Printers;

/// <summary>The pod row as upstream's printPod computes it (cases after pkg/printers/internalversion's TestPrintPod).</summary>
public sealed class PodPrinterTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-01-01T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("""{"phase":"Pending"}""", "", "0/1", "Pending", "0")]
    [InlineData("""{"phase":"Running","containerStatuses":[{"name":"a","ready":true,"restartCount":3,"state":{"running":{}}}]}""", "", "1/1", "Running", "3")]
    [InlineData("""{"phase":"Running","containerStatuses":[{"name":"a","ready":false,"restartCount":5,"state":{"waiting":{"reason":"CrashLoopBackOff"}},"lastState":{"terminated":{"exitCode":1,"finishedAt":"2026-01-01T00:58:00Z"}}}]}""", "", "0/1", "CrashLoopBackOff", "5 (2m ago)")]
    [InlineData("""{"phase":"Succeeded","containerStatuses":[{"name":"a","state":{"terminated":{"exitCode":0,"reason":"Completed"}}}]}""", "", "0/1", "Completed", "0")]
    [InlineData("""{"phase":"Failed","containerStatuses":[{"name":"a","state":{"terminated":{"exitCode":2}}}]}""", "", "0/1", "ExitCode:2", "0")]
    [InlineData("""{"phase":"Pending","initContainerStatuses":[{"name":"i","state":{"waiting":{"reason":"PodInitializing"}}}]}""", ""","initContainers":[{"name":"i"},{"name":"j"}]""", "0/1", "Init:0/2", "0")]
    [InlineData("""{"phase":"Pending","initContainerStatuses":[{"name":"i","state":{"terminated":{"exitCode":0}}},{"name":"j","state":{"waiting":{"reason":"ImagePullBackOff"}}}]}""", ""","initContainers":[{"name":"i"},{"name":"j"}]""", "0/1", "Init:ImagePullBackOff", "0")]
    [InlineData("""{"phase":"Pending","initContainerStatuses":[{"name":"i","state":{"terminated":{"exitCode":3,"signal":9}}}]}""", ""","initContainers":[{"name":"i"}]""", "0/1", "Init:Signal:9", "0")]
    [InlineData("""{"phase":"Running","conditions":[{"type":"Initialized","status":"True"}],"initContainerStatuses":[{"name":"side","started":true,"ready":true,"state":{"running":{}}}],"containerStatuses":[{"name":"a","ready":true,"state":{"running":{}}}]}""", ""","initContainers":[{"name":"side","restartPolicy":"Always"}]""", "2/2", "Running", "0")]
    [InlineData("""{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"SchedulingGated"}]}""", "", "0/1", "SchedulingGated", "0")]
    public void Cells_ContainerStates_ReadyStatusAndRestartsAsUpstream(string status, string extraSpec, string ready, string expectedStatus, string restarts)
    {
        var pod = Pod(status, extraSpec);

        var cells = PodPrinter.Instance.Cells(pod, Now);

        Assert.Equal(["p", ready, expectedStatus, restarts, "60m"], cells.Take(5));
    }

    [Fact]
    public void Cells_DeletedRunningPod_IsTerminating()
    {
        var pod = Pod("""{"phase":"Running"}""", "");
        pod["metadata"]!["deletionTimestamp"] = "2026-01-01T00:59:00Z";

        Assert.Equal("Terminating", PodPrinter.Instance.Cells(pod, Now)[2]);
    }

    [Fact]
    public void Cells_WideColumns_IpNodeNominatedAndGates()
    {
        var pod = Pod("""{"phase":"Running","podIPs":[{"ip":"10.42.0.7"}],"nominatedNodeName":"n2","conditions":[{"type":"g1","status":"True"}]}""", ""","nodeName":"n1","readinessGates":[{"conditionType":"g1"},{"conditionType":"g2"}]""");

        var cells = PodPrinter.Instance.Cells(pod, Now);

        Assert.Equal(PodPrinter.Instance.Columns.Count, cells.Count);
        Assert.Equal(["10.42.0.7", "n1", "n2", "1/2"], cells.Skip(5));
    }

    private static JsonObject Pod(string status, string extraSpec) => JsonNode.Parse(
        $$"""{"metadata":{"name":"p","creationTimestamp":"2026-01-01T00:00:00Z"},"spec":{"containers":[{"name":"a"}]{{extraSpec}}},"status":{{status}}}""")!.AsObject();
}
