using KubeSharp.Testing.Cluster;
using KubeSharp.Testing.Etcd;

namespace KubeSharp.E2E.Tests.ApiServer;

/// <summary>
/// <c>--datastore-endpoint</c> with a real etcd: two servers share one cluster state, as k3s servers on an
/// external datastore do. Each server has its own data directory (certificates, kubeconfig).
/// </summary>
public sealed class EtcdDatastoreTests
{
    [Fact]
    public async Task TwoServers_OneEtcd_ShareObjectsAndWatches()
    {
        var scratch = Directory.CreateTempSubdirectory("kubesharp-e2e-etcd-").FullName;
        try
        {
            await using var etcd = await EtcdProcess.StartAsync(Path.Combine(scratch, "etcd"));
            string[] flags = ["--datastore-endpoint", etcd.ClientUrl.ToString().TrimEnd('/')];
            await using var first = await ClusterProcess.StartAsync(extraArguments: flags);
            await using var second = await ClusterProcess.StartAsync(extraArguments: flags);
            Assert.Contains("Datastore " + etcd.ClientUrl.ToString().TrimEnd('/'), first.Logs);

            await using var watch = second.StartKubectl("get", "configmaps", "-n", "default", "--watch", "--output-watch-events", "-o", "name");
            await first.KubectlOkAsync("create", "configmap", "shared", "-n", "default", "--from-literal=k=from-first");

            await watch.WaitForLinesAsync(line => line.Contains("configmap/shared", StringComparison.Ordinal));
            Assert.Equal("from-first", (await second.KubectlOkAsync("get", "configmap", "shared", "-n", "default", "-o", "jsonpath={.data.k}")).Trim());

            await second.KubectlOkAsync("patch", "configmap", "shared", "-n", "default", "--type=merge", "-p", """{"data":{"k":"from-second"}}""");
            Assert.Equal("from-second", (await first.KubectlOkAsync("get", "configmap", "shared", "-n", "default", "-o", "jsonpath={.data.k}")).Trim());

            // Both servers bootstrapped the same cluster: one default namespace, one kubernetes service.
            var namespaces = await first.KubectlOkAsync("get", "namespaces", "-o", "name");
            Assert.Single(namespaces.Split('\n'), line => line.Trim() == "namespace/default");

            // A conflict between servers is a conflict: a stale update through the other server is refused.
            var stale = await first.KubectlOkAsync("get", "configmap", "shared", "-n", "default", "-o", "json");
            await second.KubectlOkAsync("patch", "configmap", "shared", "-n", "default", "--type=merge", "-p", """{"data":{"k":"newer"}}""");
            var replace = await first.KubectlWithInputAsync(stale.Replace("from-second", "stale", StringComparison.Ordinal), "replace", "-f", "-");
            Assert.NotEqual(0, replace.ExitCode);
            Assert.Contains("the object has been modified", replace.StandardError);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
