using System.Text.Json;
using KubeSharp.Testing.Cluster;

namespace KubeSharp.E2E.Tests.ApiServer;

/// <summary>Issue 5's <c>kubectl get</c> and <c>describe</c> items with the real kubectl: output formats, server-side tables, selectors, paging and watch.</summary>
[Collection(ClusterCollection.Name)]
public sealed class KubectlGetTests(ClusterFixture fixture)
{
    /// <summary>See <see cref="ApplyTests"/>: kubectl cannot download OpenAPI for client-side validation yet.</summary>
    private const string NoClientValidation = "--validate=false";

    private ClusterProcess Cluster => fixture.Cluster;

    [Fact]
    public async Task Get_OutputFormats_RenderTheObject()
    {
        var ns = await Cluster.CreateNamespaceAsync("get-formats");
        await CreateConfigMapAsync(ns, "cfg", "tier: web", "color: blue");

        var yaml = await Cluster.KubectlOkAsync("get", "-n", ns, "configmap", "cfg", "-o", "yaml");
        using var json = JsonDocument.Parse(await Cluster.KubectlOkAsync("get", "-n", ns, "configmap", "cfg", "-o", "json"));
        var name = await Cluster.KubectlOkAsync("get", "-n", ns, "configmap", "cfg", "-o", "name");
        var jsonPath = (await Cluster.KubectlOkAsync("get", "-n", ns, "configmap", "cfg", "-o", "jsonpath={.data.color}")).Trim();
        var columns = Lines(await Cluster.KubectlOkAsync("get", "-n", ns, "configmap", "cfg", "-o", "custom-columns=NAME:.metadata.name,COLOR:.data.color"));

        Assert.Contains("  color: blue", yaml, StringComparison.Ordinal);
        Assert.Contains("  name: cfg", yaml, StringComparison.Ordinal);
        Assert.Equal("blue", json.RootElement.GetProperty("data").GetProperty("color").GetString());
        Assert.Equal("configmap/cfg", name.Trim());
        Assert.Equal("blue", jsonPath);
        Assert.Equal(["NAME   COLOR", "cfg    blue"], columns);
    }

    [Fact]
    public async Task Get_Table_UpstreamColumnsForBuiltInKinds()
    {
        var ns = await Cluster.CreateNamespaceAsync("get-table");
        await Cluster.KubectlOkWithInputAsync(
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              nodeName: nowhere
              containers: [{name: c, image: busybox}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: c, image: busybox}]}
            """,
            "create", "-n", ns, NoClientValidation, "-f", "-");

        // The controller manager runs in this server: wait for the Deployment controller's status so the row is settled.
        await Cluster.KubectlOkAsync("wait", "-n", ns, "deployment/web", "--for=jsonpath={.status.updatedReplicas}=3", "--timeout=60s");
        var pods = Lines(await Cluster.KubectlOkAsync("get", "-n", ns, "pods"));
        var wide = Lines(await Cluster.KubectlOkAsync("get", "-n", ns, "pods", "-o", "wide"));
        var deployments = Lines(await Cluster.KubectlOkAsync("get", "-n", ns, "deployments", "-o", "wide"));

        Assert.Equal(["NAME", "READY", "STATUS", "RESTARTS", "AGE"], Words(pods[0]));
        Assert.Equal(["web", "0/1", "Pending", "0"], Words(pods[1])[..4]);
        Assert.Equal(["NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE", "NOMINATED", "NODE", "READINESS", "GATES"], Words(wide[0]));
        Assert.Equal(["<none>", "nowhere", "<none>", "<none>"], Words(wide[1])[^4..]);
        Assert.Equal(["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"], Words(deployments[0]));
        Assert.Equal(["web", "0/3", "3", "0"], Words(deployments[1])[..4]);
        Assert.Equal(["c", "busybox", "app=web"], Words(deployments[1])[^3..]);
    }

    [Fact]
    public async Task Get_SelectorsAllNamespacesAndChunks_ListTheRightObjects()
    {
        var ns = await Cluster.CreateNamespaceAsync("get-select");
        await CreateConfigMapAsync(ns, "one", "tier: web");
        await CreateConfigMapAsync(ns, "two", "tier: web");
        await CreateConfigMapAsync(ns, "three", "tier: db");

        var byLabel = await Cluster.KubectlOkAsync("get", "-n", ns, "configmaps", "-l", "tier=web", "-o", "name");
        var byField = await Cluster.KubectlOkAsync("get", "-n", ns, "configmaps", "--field-selector", "metadata.name=three", "-o", "name");
        var chunked = Lines(await Cluster.KubectlOkAsync("get", "-n", ns, "configmaps", "--chunk-size=2"));
        var all = Lines(await Cluster.KubectlOkAsync("get", "configmaps", "-A", "-l", "tier"));

        Assert.Equal(["configmap/one", "configmap/two"], Lines(byLabel));
        Assert.Equal(["configmap/three"], Lines(byField));
        Assert.Equal(["one", "three", "two"], chunked.Skip(1).Select(l => Words(l)[0]));
        Assert.Equal(["NAMESPACE", "NAME", "DATA", "AGE"], Words(all[0]));
        Assert.Equal(3, all.Count(l => Words(l)[0] == ns));
    }

    [Fact]
    public async Task GetWatch_PrintsLaterChanges()
    {
        var ns = await Cluster.CreateNamespaceAsync("get-watch");
        await CreateConfigMapAsync(ns, "watched", "tier: web");
        await using var watch = Cluster.StartKubectl("get", "-n", ns, "configmaps", "-w", "--output-watch-events");
        // kubectl watches from the list's resourceVersion, so a change made once the list is printed is never missed.
        await watch.WaitForLinesAsync(l => l.Contains("watched", StringComparison.Ordinal));

        await Cluster.KubectlOkAsync("label", "-n", ns, "configmap", "watched", "seen=yes");
        await CreateConfigMapAsync(ns, "later", "tier: db");
        await Cluster.KubectlOkAsync("delete", "-n", ns, "configmap", "later");

        var events = await watch.WaitForLinesAsync(l => l.StartsWith("ADDED", StringComparison.Ordinal) || l.StartsWith("MODIFIED", StringComparison.Ordinal) || l.StartsWith("DELETED", StringComparison.Ordinal), count: 4);
        Assert.Equal(["ADDED watched", "MODIFIED watched", "ADDED later", "DELETED later"], events.Select(l => string.Join(' ', Words(l)[..2])));
    }

    [Fact]
    public async Task Describe_ConfigMap_ShowsNameLabelsAndData()
    {
        var ns = await Cluster.CreateNamespaceAsync("describe");
        await CreateConfigMapAsync(ns, "described", "tier: web", "color: blue");

        var output = await Cluster.KubectlOkAsync("describe", "-n", ns, "configmap", "described");

        Assert.Matches(@"Name:\s+described", output);
        Assert.Matches($@"Namespace:\s+{ns}", output);
        Assert.Matches(@"Labels:\s+tier=web", output);
        Assert.Contains("color:\n----\nblue", output, StringComparison.Ordinal);
    }

    private Task<string> CreateConfigMapAsync(string ns, string name, string labels, string data = "k: v") =>
        Cluster.KubectlOkWithInputAsync(
            $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  labels: {{{labels}}}\ndata: {{{data}}}\n",
            "create", "-n", ns, NoClientValidation, "-f", "-");

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
