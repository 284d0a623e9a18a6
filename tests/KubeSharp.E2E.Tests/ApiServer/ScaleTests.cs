using KubeSharp.Testing.Cluster;

namespace KubeSharp.E2E.Tests.ApiServer;

/// <summary>kubectl scale through the scale subresource (a merge patch, or an update when preconditions are given).</summary>
[Collection(ClusterCollection.Name)]
public sealed class ScaleTests(ClusterFixture fixture)
{
    private ClusterProcess Cluster => fixture.Cluster;

    [Fact]
    public async Task Scale_DeploymentAndStatefulSet_ChangesReplicas()
    {
        var ns = await Cluster.CreateNamespaceAsync("scale");
        const string Manifest = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 1
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: c, image: busybox}]}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              replicas: 1
              serviceName: db
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec: {containers: [{name: c, image: busybox}]}
            """;
        await Cluster.KubectlOkWithInputAsync(Manifest, "apply", "-n", ns, "--validate=false", "-f", "-");

        var scaled = await Cluster.KubectlOkAsync("scale", "-n", ns, "deployment/web", "--replicas=3");
        var conditional = await Cluster.KubectlOkAsync("scale", "-n", ns, "statefulset/db", "--current-replicas=1", "--replicas=2");
        var refused = await Cluster.KubectlAsync("scale", "-n", ns, "statefulset/db", "--current-replicas=1", "--replicas=4");

        Assert.Equal("deployment.apps/web scaled", scaled.Trim());
        Assert.Equal("statefulset.apps/db scaled", conditional.Trim());
        Assert.Equal("3", (await Cluster.KubectlOkAsync("get", "-n", ns, "deployment", "web", "-o", "jsonpath={.spec.replicas}")).Trim());
        Assert.Equal("2", (await Cluster.KubectlOkAsync("get", "-n", ns, "statefulset", "db", "-o", "jsonpath={.spec.replicas}")).Trim());
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("Expected replicas to be 1, was 2", refused.StandardError, StringComparison.Ordinal);
    }
}
