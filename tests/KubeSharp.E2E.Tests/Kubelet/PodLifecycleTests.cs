using KubeSharp.Testing.Cluster;
using KubeSharp.Testing.Time;

namespace KubeSharp.E2E.Tests.Kubelet;

/// <summary>Pods on the real node, driven by the real kubectl: real containers through runc, in the fixture's own network namespace.</summary>
[Collection(KubeletCollection.Name)]
public sealed class PodLifecycleTests(KubeletClusterFixture fixture)
{
    private static readonly TimeSpan PodTimeout = TimeSpan.FromSeconds(90);

    private ClusterProcess Cluster => fixture.Cluster;

    [Fact]
    public async Task Node_Registered_ReadyWithLease()
    {
        var ready = await Cluster.KubectlOkAsync("get", "node", KubeletClusterFixture.NodeName, "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].reason} {.status.capacity.pods} {.status.nodeInfo.containerRuntimeVersion}");
        Assert.StartsWith("KubeletReady 110 kubesharp://", ready, StringComparison.Ordinal);
        var holder = await Cluster.KubectlOkAsync("get", "lease", KubeletClusterFixture.NodeName, "-n", "kube-node-lease", "-o", "jsonpath={.spec.holderIdentity}");
        Assert.Equal(KubeletClusterFixture.NodeName, holder.Trim());
    }

    [Fact]
    public async Task Pod_Created_RunsReadyWithUpstreamEventsThenDeletesGracefully()
    {
        var ns = await Cluster.CreateNamespaceAsync("kubelet");
        await ApplyAsync($$"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              namespace: {{ns}}
            spec:
              nodeName: {{KubeletClusterFixture.NodeName}}
              terminationGracePeriodSeconds: 5
              containers:
              - name: app
                image: {{fixture.Image}}
                command: ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]
            """);

        var state = await WaitForAsync(ns, "web", "{.status.phase} {.status.conditions[?(@.type==\"Ready\")].status} {.status.podIP}", s => s.StartsWith("Running True 10.42.0.", StringComparison.Ordinal));
        Assert.StartsWith("Running True 10.42.0.", state, StringComparison.Ordinal);

        var describe = await Cluster.KubectlOkAsync("describe", "pod", "web", "-n", ns);
        // The image is pulled once per node: the first pod pulls it, later ones find it present (the tests share a node).
        Assert.True(
            describe.Contains($"Successfully pulled image \"{fixture.Image}\"", StringComparison.Ordinal)
            || describe.Contains($"Container image \"{fixture.Image}\" already present on machine", StringComparison.Ordinal),
            describe);
        Assert.Contains("Created container: app", describe, StringComparison.Ordinal);
        Assert.Contains("Started container app", describe, StringComparison.Ordinal);

        var deleted = await Cluster.KubectlAsync(null, ["delete", "pod", "web", "-n", ns, "--wait=true", "--timeout=60s"]);
        Assert.True(deleted.ExitCode == 0, deleted.ToString());
        var gone = await Cluster.KubectlAsync(null, ["get", "pod", "web", "-n", ns]);
        Assert.Contains("NotFound", gone.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pod_InitContainersAndEnv_RunInOrderWithConfigMapSecretAndFieldValues()
    {
        var ns = await Cluster.CreateNamespaceAsync("kubelet-env");
        await ApplyAsync($$"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: {{ns}}
            data:
              color: blue
              SIZE: large
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: creds
              namespace: {{ns}}
            data:
              password: aHVudGVyMg==
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: env
              namespace: {{ns}}
            spec:
              nodeName: {{KubeletClusterFixture.NodeName}}
              restartPolicy: Never
              initContainers:
              - name: first
                image: {{fixture.Image}}
                command: ["sh", "-c", "sleep 1"]
              - name: second
                image: {{fixture.Image}}
                command: ["true"]
              containers:
              - name: app
                image: {{fixture.Image}}
                command: ["sh", "-c", "echo \"$COLOR $SIZE $PASSWORD $POD_NAME $GREETING $(ESCAPED)\" > /dev/termination-log"]
                env:
                - name: COLOR
                  valueFrom:
                    configMapKeyRef: {name: settings, key: color}
                - name: PASSWORD
                  valueFrom:
                    secretKeyRef: {name: creds, key: password}
                - name: POD_NAME
                  valueFrom:
                    fieldRef: {fieldPath: metadata.name}
                - name: GREETING
                  value: "hello-$(POD_NAME)-$$(POD_NAME)"
                envFrom:
                - configMapRef: {name: settings}
            """);

        var phase = await WaitForAsync(ns, "env", "{.status.phase}", s => s is "Succeeded" or "Failed");
        Assert.Equal("Succeeded", phase);
        var message = await Cluster.KubectlOkAsync("get", "pod", "env", "-n", ns, "-o", "jsonpath={.status.containerStatuses[0].state.terminated.message}");
        Assert.Equal("blue large hunter2 env hello-env-$(POD_NAME)", message.Trim());

        // The second init container started only after the first finished.
        var times = await Cluster.KubectlOkAsync("get", "pod", "env", "-n", ns, "-o", "jsonpath={.status.initContainerStatuses[0].state.terminated.finishedAt} {.status.initContainerStatuses[1].state.terminated.startedAt} {.status.initContainerStatuses[1].state.terminated.reason}");
        var parts = times.Trim().Split(' ');
        Assert.Equal("Completed", parts[2]);
        Assert.True(DateTimeOffset.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) <= DateTimeOffset.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), times);
    }

    [Fact]
    public async Task Pod_MissingConfigMap_WaitsWithCreateContainerConfigError()
    {
        var ns = await Cluster.CreateNamespaceAsync("kubelet-cfg");
        await ApplyAsync($$"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: broken
              namespace: {{ns}}
            spec:
              nodeName: {{KubeletClusterFixture.NodeName}}
              containers:
              - name: app
                image: {{fixture.Image}}
                command: ["sleep", "3600"]
                env:
                - name: X
                  valueFrom:
                    configMapKeyRef: {name: absent, key: x}
            """);

        var waiting = await WaitForAsync(ns, "broken", "{.status.containerStatuses[0].state.waiting.reason}: {.status.containerStatuses[0].state.waiting.message}", s => s.StartsWith("CreateContainerConfigError", StringComparison.Ordinal));
        Assert.Equal("CreateContainerConfigError: configmap \"absent\" not found", waiting);
        await Cluster.KubectlOkAsync("delete", "pod", "broken", "-n", ns, "--wait=true", "--timeout=60s");
    }

    [Fact]
    public async Task Pod_CrashingContainer_ReachesCrashLoopBackOffWithLastState()
    {
        var ns = await Cluster.CreateNamespaceAsync("kubelet-crash");
        await ApplyAsync($$"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: crash
              namespace: {{ns}}
            spec:
              nodeName: {{KubeletClusterFixture.NodeName}}
              containers:
              - name: app
                image: {{fixture.Image}}
                command: ["sh", "-c", "exit 3"]
            """);

        var state = await WaitForAsync(
            ns,
            "crash",
            "{.status.containerStatuses[0].state.waiting.reason} {.status.containerStatuses[0].lastState.terminated.exitCode} {.status.containerStatuses[0].lastState.terminated.reason} {.status.containerStatuses[0].restartCount}",
            s => s.StartsWith("CrashLoopBackOff ", StringComparison.Ordinal));
        var parts = state.Split(' ');
        Assert.Equal(("CrashLoopBackOff", "3", "Error"), (parts[0], parts[1], parts[2]));
        Assert.True(int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture) >= 1, state);

        var describe = await Cluster.KubectlOkAsync("describe", "pod", "crash", "-n", ns);
        Assert.Contains("Back-off restarting failed container app in pod crash_" + ns, describe, StringComparison.Ordinal);
        var table = await Cluster.KubectlOkAsync("get", "pod", "crash", "-n", ns);
        Assert.Contains("CrashLoopBackOff", table, StringComparison.Ordinal);
        await Cluster.KubectlOkAsync("delete", "pod", "crash", "-n", ns, "--wait=true", "--timeout=60s");
    }

    private async Task ApplyAsync(string manifest)
    {
        var applied = await Cluster.KubectlAsync(null, ["apply", "--validate=false", "-f", "-"], manifest);
        Assert.True(applied.ExitCode == 0, applied.ToString());
    }

    private async Task<string> WaitForAsync(string ns, string pod, string jsonpath, Func<string, bool> done)
    {
        var value = "";
        try
        {
            await Wait.UntilAsync(
                () =>
                {
                    value = Cluster.KubectlAsync(null, ["get", "pod", pod, "-n", ns, "-o", "jsonpath=" + jsonpath]).GetAwaiter().GetResult().StandardOutput.Trim();
                    return done(value);
                },
                $"pod {ns}/{pod}",
                PodTimeout);
        }
        catch (TimeoutException)
        {
            var yaml = await Cluster.KubectlAsync(null, ["get", "pod", pod, "-n", ns, "-o", "yaml"]);
            Assert.Fail($"pod {ns}/{pod} never got there; last '{value}'\n{yaml.StandardOutput}\nserver log tail:\n{string.Join('\n', Cluster.Logs.Split('\n').TakeLast(40))}");
        }

        return value;
    }
}
