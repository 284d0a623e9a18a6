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

        // The Ready condition itself: the server's node table has no STATUS column yet (default table convertor).
        var listing = await cluster.KubectlOkAsync("get", "nodes", "-o", "jsonpath={range .items[*]}{.metadata.name} {.status.conditions[?(@.type==\"Ready\")].status}{\"\\n\"}{end}");
        var rows = listing.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(Nodes, rows.Length);
        Assert.All(rows, row => Assert.EndsWith(" True", row, StringComparison.Ordinal));
        Assert.Equal(Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture), (await cluster.KubectlOkAsync("get", "leases", "-n", "kube-node-lease", "-o", "name")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Created from YAML with the namespace (kubectl apply sends JSON; `kubectl create namespace` sends protobuf),
        // without client-side validation until the server publishes OpenAPI.
        var ns = "sim-" + Guid.NewGuid().ToString("N")[..8];
        var manifest = $$"""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: {{ns}}
            ---
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
        var applied = await cluster.KubectlAsync(null, ["apply", "--validate=false", "-f", "-"], manifest);
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
