using KubeSharp.Testing.Cluster;

namespace KubeSharp.E2E.Tests.Controllers;

/// <summary>
/// Issue 8's Deployment flows with the real kubectl against the controller manager inside <c>kubesharp server</c>.
/// No node runs pods yet, so pods stay Pending: these tests check what the controllers write (ReplicaSets, pods,
/// revisions, conditions), not availability.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DeploymentTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private ClusterProcess Cluster => fixture.Cluster;

    [Fact]
    public async Task Deployment_ScaledFrom2To3_ConvergesAndADeletedPodIsReplaced()
    {
        var ns = await Cluster.CreateNamespaceAsync("deploy-scale");
        await CreateDeploymentAsync(ns);
        await UntilAsync(async () => (await ActivePodsAsync(ns)).Count == 2, "2 pods");

        // kubectl scale needs the deployments/scale subresource, which the API server does not serve yet.
        Assert.Equal("deployment.apps/web patched", (await Cluster.KubectlOkAsync("patch", "deployment", "web", "-n", ns, "-p", "{\"spec\":{\"replicas\":3}}")).Trim());
        await UntilAsync(async () => (await ActivePodsAsync(ns)).Count == 3, "3 pods");
        var replicaSets = await Cluster.KubectlOkAsync("get", "rs", "-n", ns, "-o", "jsonpath={range .items[*]}{.metadata.name} {.spec.replicas} {.metadata.annotations.deployment\\.kubernetes\\.io/revision}{\"\\n\"}{end}");
        var rs = Assert.Single(Lines(replicaSets));
        Assert.Matches("^web-[bcdfghjklmnpqrstvwxz2456789]+ 3 1$", rs);

        var victim = (await ActivePodsAsync(ns))[0];
        await Cluster.KubectlOkAsync("delete", "pod", victim, "-n", ns, "--wait=false");
        await UntilAsync(async () => await ActivePodsAsync(ns) is { Count: 3 } pods && !pods.Contains(victim), "a replacement pod");
    }

    [Fact]
    public async Task Rollout_HistoryUndoPauseResume_AsUpstream()
    {
        var ns = await Cluster.CreateNamespaceAsync("deploy-rollout");
        await CreateDeploymentAsync(ns);
        await UntilAsync(async () => await RevisionsAsync(ns) == "1", "revision 1");

        await Cluster.KubectlOkAsync("set", "image", "deployment/web", "busybox=busybox:1.36", "-n", ns);
        await UntilAsync(async () => await RevisionsAsync(ns) == "1,2", "revision 2");
        var history = await Cluster.KubectlOkAsync("rollout", "history", "deployment/web", "-n", ns);
        Assert.Equal(["deployment.apps/web", "REVISION  CHANGE-CAUSE", "1         <none>", "2         <none>"], Lines(history));

        Assert.Equal("deployment.apps/web rolled back", (await Cluster.KubectlOkAsync("rollout", "undo", "deployment/web", "--to-revision=1", "-n", ns)).Trim());

        // The first ReplicaSet is the new one again: it takes revision 3 and remembers it was 1.
        await UntilAsync(async () => await RevisionsAsync(ns) == "2,3", "revision 3");
        var reused = await Cluster.KubectlOkAsync("get", "rs", "-n", ns, "-o", "jsonpath={.items[?(@.metadata.annotations.deployment\\.kubernetes\\.io/revision==\"3\")].metadata.annotations.deployment\\.kubernetes\\.io/revision-history}");
        Assert.Equal("1", reused.Trim());

        // Paused, a template change starts no rollout; resumed, it does.
        Assert.Equal("deployment.apps/web paused", (await Cluster.KubectlOkAsync("rollout", "pause", "deployment/web", "-n", ns)).Trim());
        await Cluster.KubectlOkAsync("set", "image", "deployment/web", "busybox=busybox:1.37", "-n", ns);
        await UntilAsync(async () => await ObservedGenerationAsync(ns) == await GenerationAsync(ns), "the paused template change to be observed");
        Assert.Equal("2,3", await RevisionsAsync(ns));
        Assert.Equal("deployment.apps/web resumed", (await Cluster.KubectlOkAsync("rollout", "resume", "deployment/web", "-n", ns)).Trim());
        await UntilAsync(async () => await RevisionsAsync(ns) == "2,3,4", "revision 4 after resume");
    }

    /// <summary>What <c>kubectl create deployment web --image=busybox --replicas=2</c> creates (that command sends protobuf, which the server does not read yet).</summary>
    private Task<string> CreateDeploymentAsync(string ns) => Cluster.KubectlOkWithInputAsync(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: {app: web}
        spec:
          replicas: 2
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: busybox
                image: busybox
        """,
        "apply", "--validate=false", "-n", ns, "-f", "-");

    private async Task<List<string>> ActivePodsAsync(string ns)
    {
        var output = await Cluster.KubectlOkAsync("get", "pods", "-n", ns, "-o", "jsonpath={range .items[*]}{.metadata.name} {.metadata.deletionTimestamp}{\"\\n\"}{end}");
        return [.. Lines(output).Select(line => line.Split(' ')).Where(parts => parts.Length == 1 || parts[1].Length == 0).Select(parts => parts[0])];
    }

    private async Task<string> RevisionsAsync(string ns)
    {
        var output = await Cluster.KubectlOkAsync("get", "rs", "-n", ns, "-o", "jsonpath={range .items[*]}{.metadata.annotations.deployment\\.kubernetes\\.io/revision}{\"\\n\"}{end}");
        return string.Join(",", Lines(output).Order(StringComparer.Ordinal));
    }

    private async Task<string> GenerationAsync(string ns) =>
        (await Cluster.KubectlOkAsync("get", "deployment", "web", "-n", ns, "-o", "jsonpath={.metadata.generation}")).Trim();

    private async Task<string> ObservedGenerationAsync(string ns) =>
        (await Cluster.KubectlOkAsync("get", "deployment", "web", "-n", ns, "-o", "jsonpath={.status.observedGeneration}")).Trim();

    private async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"timed out waiting for {what}:\n{Cluster.Logs}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }

    private static string[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
