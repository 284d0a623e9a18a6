using KubeSharp.Testing.Cluster;

namespace KubeSharp.E2E.Tests.ApiServer;

/// <summary>Start-up, certificates and credentials: each test runs its own server.</summary>
public sealed class ServerStartTests
{
    [Fact]
    public async Task Start_FirstTime_WritesCertificatesAndWorkingKubeconfig()
    {
        await using var cluster = await ClusterProcess.StartAsync();

        foreach (var file in new[] { "ca.crt", "ca.key", "serving-kube-apiserver.crt", "serving-kube-apiserver.key", "client-admin.crt", "client-admin.key" })
        {
            Assert.True(File.Exists(Path.Combine(cluster.DataDir, "tls", file)), file);
        }

        Assert.Contains("kubeconfig " + cluster.KubeconfigPath, cluster.Logs);
        var version = await cluster.KubectlOkAsync("version");
        Assert.Contains("Server Version: v1.33.", version);
        var metrics = await cluster.KubectlOkAsync("get", "--raw", "/metrics");
        Assert.Contains("apiserver_request_total", metrics);
    }

    [Fact]
    public async Task Start_SameDataDir_ReusesCertificates()
    {
        var dataDir = Directory.CreateTempSubdirectory("kubesharp-e2e-restart-").FullName;
        try
        {
            byte[] caBefore, servingBefore;
            await using (var first = await ClusterProcess.StartAsync(dataDir))
            {
                caBefore = await File.ReadAllBytesAsync(Path.Combine(dataDir, "tls", "ca.crt"));
                servingBefore = await File.ReadAllBytesAsync(Path.Combine(dataDir, "tls", "serving-kube-apiserver.crt"));
            }

            await using var second = await ClusterProcess.StartAsync(dataDir);

            Assert.Equal(caBefore, await File.ReadAllBytesAsync(Path.Combine(dataDir, "tls", "ca.crt")));
            Assert.Equal(servingBefore, await File.ReadAllBytesAsync(Path.Combine(dataDir, "tls", "serving-kube-apiserver.crt")));
            Assert.Contains("Server Version: v1.33.", await second.KubectlOkAsync("version"));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Start_WriteKubeconfigAndTokenFile_BothWork()
    {
        var scratch = Directory.CreateTempSubdirectory("kubesharp-e2e-flags-").FullName;
        try
        {
            var extraKubeconfig = Path.Combine(scratch, "admin.yaml");
            var tokens = Path.Combine(scratch, "tokens.csv");
            await File.WriteAllTextAsync(tokens, "s3cret,alice,1001,\"dev,ops\"\n");

            await using var cluster = await ClusterProcess.StartAsync(extraArguments: ["--write-kubeconfig", extraKubeconfig, "--token-auth-file", tokens]);

            var viaExtra = await cluster.KubectlAsync(null, ["--kubeconfig", extraKubeconfig, "get", "--raw", "/readyz"]);
            Assert.Equal(0, viaExtra.ExitCode);
            var badToken = await cluster.KubectlAsync(null, ["--kubeconfig", "/dev/null", "--server", cluster.Address.ToString(), "--insecure-skip-tls-verify", "--token", "wrong", "get", "--raw", "/metrics"]);
            var goodToken = await cluster.KubectlAsync(null, ["--kubeconfig", "/dev/null", "--server", cluster.Address.ToString(), "--insecure-skip-tls-verify", "--token", "s3cret", "get", "--raw", "/metrics"]);
            Assert.Equal(0, goodToken.ExitCode);
            Assert.NotEqual(0, badToken.ExitCode);
            Assert.Contains("Unauthorized", badToken.StandardError);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Fact]
    public async Task Start_BadFlag_FailsWithMessage()
    {
        var result = await Testing.ProcessRunner.RunAsync(
            Testing.RepositoryPaths.KubeSharpBinary,
            ["server", "--data-dir", Path.GetTempPath(), "--bind-address", "not-an-ip"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--bind-address not-an-ip is not an IP address", result.StandardError);
    }
}
