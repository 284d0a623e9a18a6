using KubeSharp.Testing.Time;

namespace KubeSharp.E2E.Tests.Kubelet;

/// <summary>Restarting kubesharp leaves running pods running: the kubelet adopts its containers from the runtime by label.</summary>
[Collection(KubeletCollection.Name)]
public sealed class KubeletRestartTests(KubeletClusterFixture fixture)
{
    [Fact]
    public async Task Restart_RunningPod_KeepsItsContainerWithoutRestarts()
    {
        var ns = await fixture.Cluster.CreateNamespaceAsync("kubelet-restart");
        var applied = await fixture.Cluster.KubectlAsync(null, ["apply", "--validate=false", "-f", "-"], $$"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: survivor
              namespace: {{ns}}
            spec:
              nodeName: {{KubeletClusterFixture.NodeName}}
              containers:
              - name: app
                image: {{fixture.Image}}
                command: ["sleep", "3600"]
            """);
        Assert.True(applied.ExitCode == 0, applied.ToString());
        const string Path = "{.status.phase} {.status.containerStatuses[0].ready} {.status.containerStatuses[0].restartCount} {.status.containerStatuses[0].containerID}";
        var before = await WaitForAsync(ns, s => s.StartsWith("Running true 0 kubesharp://", StringComparison.Ordinal));

        await fixture.RestartAsync();

        // Give the new kubelet a few relists and a sync of the pod, then the same container must still be the one running.
        var node = "";
        await Wait.UntilAsync(
            () =>
            {
                node = fixture.Cluster.KubectlAsync(null, ["get", "node", KubeletClusterFixture.NodeName, "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"]).GetAwaiter().GetResult().StandardOutput.Trim();
                return node == "True";
            },
            "the node to be Ready again",
            TimeSpan.FromSeconds(60));
        Assert.Contains("Re-adopted ", fixture.Cluster.Logs, StringComparison.Ordinal);
        var after = (await fixture.Cluster.KubectlOkAsync("get", "pod", "survivor", "-n", ns, "-o", "jsonpath=" + Path)).Trim();
        Assert.Equal(before, after);
        await fixture.Cluster.KubectlOkAsync("delete", "pod", "survivor", "-n", ns, "--wait=true", "--timeout=60s");

        async Task<string> WaitForAsync(string space, Func<string, bool> done)
        {
            var value = "";
            await Wait.UntilAsync(
                () =>
                {
                    value = fixture.Cluster.KubectlAsync(null, ["get", "pod", "survivor", "-n", space, "-o", "jsonpath=" + Path]).GetAwaiter().GetResult().StandardOutput.Trim();
                    return done(value);
                },
                "the pod to run",
                TimeSpan.FromSeconds(90));
            return value;
        }
    }
}
