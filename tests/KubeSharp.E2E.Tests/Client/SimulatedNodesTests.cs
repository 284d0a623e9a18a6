using KubeSharp.Testing.Cluster;
using KubeSharp.Testing.Time;

namespace KubeSharp.E2E.Tests.Client;

/// <summary>
/// <c>kubesharp server --simulated-nodes N</c> driven by the real kubectl. The suite uses 50 nodes and a short
/// check; the 5,000-node, ten-minute run is the <c>simulated-nodes</c> benchmark (docs/benchmarks.md).
/// </summary>
public sealed class SimulatedNodesTests
{
    private const int Nodes = 50;

    [Fact]
    public async Task Server_SimulatedNodes_KubectlShowsThemReadyAndABoundPodRuns()
    {
        await using var cluster = await ClusterProcess.StartAsync(extraArguments: ["--simulated-nodes", Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        var table = await cluster.KubectlOkAsync("get", "nodes", "--no-headers");
        var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(Nodes, rows.Length);
        Assert.All(rows, row => Assert.Equal("Ready", row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]));
        Assert.Equal(Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture), (await cluster.KubectlOkAsync("get", "leases", "-n", "kube-node-lease", "-o", "name")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var ns = await cluster.CreateNamespaceAsync("sim");
        var manifest = $$"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              namespace: {{ns}}
            spec:
              nodeName: sim-node-7
              containers:
              - name: app
                image: registry.example/web:1
            """;
        var applied = await cluster.KubectlAsync(null, ["apply", "-f", "-"], manifest);
        Assert.True(applied.ExitCode == 0, applied.ToString());

        string phase = "";
        await Wait.UntilAsync(
            () =>
            {
                phase = cluster.KubectlOkAsync("get", "pod", "web", "-n", ns, "-o", "jsonpath={.status.phase} {.status.conditions[?(@.type==\"Ready\")].status} {.status.podIP}").GetAwaiter().GetResult();
                return phase.StartsWith("Running True ", StringComparison.Ordinal);
            },
            "the pod to run",
            TimeSpan.FromSeconds(60));
        Assert.StartsWith("Running True 10.128.7.", phase, StringComparison.Ordinal);

        await cluster.KubectlOkAsync("delete", "pod", "web", "-n", ns, "--wait=true", "--timeout=60s");
        var gone = await cluster.KubectlAsync("get", "pod", "web", "-n", ns);
        Assert.NotEqual(0, gone.ExitCode);
        Assert.Contains("NotFound", gone.StandardError, StringComparison.Ordinal);
    }
}
