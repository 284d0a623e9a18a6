using KubeSharp.Testing.Cluster;

namespace KubeSharp.E2E.Tests.ApiServer;

/// <summary>The per-kind validation users meet through kubectl apply: upstream's 422 texts for workloads.</summary>
[Collection(ClusterCollection.Name)]
public sealed class KindValidationTests(ClusterFixture fixture)
{
    private const string NoClientValidation = "--validate=false";

    private ClusterProcess Cluster => fixture.Cluster;

    [Fact]
    public async Task Apply_DeploymentSelectorNotMatchingTemplate_Is422WithUpstreamMessage()
    {
        var ns = await Cluster.CreateNamespaceAsync("invalid-deploy");
        const string Manifest = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: bad}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: other}}
                spec: {containers: [{name: c, image: busybox}]}
            """;

        var result = await Cluster.KubectlWithInputAsync(Manifest, "apply", "-n", ns, NoClientValidation, "-f", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The Deployment \"bad\" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"other\"}: `selector` does not match template `labels`", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_JobTemplateChanged_IsRefusedAsImmutable()
    {
        var ns = await Cluster.CreateNamespaceAsync("job-immutable");
        const string Job = """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: pi}
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: c, image: IMAGE}]
            """;
        await Cluster.KubectlOkWithInputAsync(Job.Replace("IMAGE", "busybox", StringComparison.Ordinal), "apply", "-n", ns, NoClientValidation, "-f", "-");
        var selector = await Cluster.KubectlOkAsync("get", "-n", ns, "job", "pi", "-o", "jsonpath={.spec.selector.matchLabels}");

        var result = await Cluster.KubectlWithInputAsync(Job.Replace("IMAGE", "busybox:2", StringComparison.Ordinal), "apply", "-n", ns, NoClientValidation, "-f", "-");

        Assert.Contains("batch.kubernetes.io/controller-uid", selector, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The Job \"pi\" is invalid: spec.template: Invalid value: ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("field is immutable", result.StandardError, StringComparison.Ordinal);
    }
}
