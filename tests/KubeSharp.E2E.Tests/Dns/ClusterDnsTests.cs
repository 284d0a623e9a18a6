using System.Diagnostics;
using System.Net;
using KubeSharp.Dns.Records;
using KubeSharp.Dns.Server;
using KubeSharp.Testing;
using KubeSharp.Testing.Cluster;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.E2E.Tests.Dns;

/// <summary>
/// <c>kubesharp server --cluster-dns-listen</c> asked with the real <c>dig</c> while kubectl changes Services and
/// EndpointSlices. Names outside the cluster go to an upstream resolver this test runs on 127.0.0.1, never to the
/// host's resolvers.
/// </summary>
public sealed class ClusterDnsTests : IAsyncLifetime
{
    private const string Dig = "/usr/bin/dig";
    private DnsServer _upstream = null!;
    private ClusterProcess _cluster = null!;
    private int _port;

    public async Task InitializeAsync()
    {
        var upstreamZone = ClusterZone.Build("upstream.test", [], [], 1);
        _upstream = new DnsServer(new IPEndPoint(IPAddress.Loopback, 0), () => upstreamZone, [], TimeProvider.System, NullLoggerFactory.Instance);
        _upstream.Start();
        _port = ClusterProcess.FreePort();
        _cluster = await ClusterProcess.StartAsync(extraArguments:
        [
            "--cluster-dns-listen", $"127.0.0.1:{_port}",
            "--cluster-dns-upstream", _upstream.Endpoint.ToString(),
        ]);
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _upstream.DisposeAsync();
    }

    [Fact]
    public async Task ClusterIPService_ResolvesWithSrvAndPtr_AndDisappearsWhenDeleted()
    {
        var ns = await _cluster.CreateNamespaceAsync("dns");
        await _cluster.KubectlOkWithInputAsync($$"""
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: {{ns}}}
            spec:
              clusterIP: 10.43.77.7
              ports: [{name: http, port: 80, protocol: TCP}]
            """, "apply", "-f", "-");
        var name = $"web.{ns}.svc.cluster.local";

        Assert.Equal("10.43.77.7", await DigUntilAsync(name, "A", answer => answer.Length > 0));
        Assert.Equal($"0 100 80 {name}.", await DigAsync($"_http._tcp.{name}", "SRV"));
        Assert.Equal($"{name}.", await DigAsync("-x", "10.43.77.7"));
        Assert.Equal("10.43.77.7", await DigAsync(name, "A", "+tcp"));

        await _cluster.KubectlOkAsync("delete", "service", "web", "-n", ns);

        Assert.Contains("status: NXDOMAIN", await DigUntilAsync(name, "A", answer => answer.Contains("NXDOMAIN", StringComparison.Ordinal), full: true));
    }

    [Fact]
    public async Task HeadlessService_ResolvesReadyEndpointsAndHostnames()
    {
        var ns = await _cluster.CreateNamespaceAsync("dns");
        await _cluster.KubectlOkWithInputAsync($$"""
            apiVersion: v1
            kind: Service
            metadata: {name: db, namespace: {{ns}}}
            spec:
              clusterIP: None
              ports: [{name: mysql, port: 3306}]
            ---
            apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata:
              name: db-1
              namespace: {{ns}}
              labels: {kubernetes.io/service-name: db}
            addressType: IPv4
            ports: [{name: mysql, port: 3306, protocol: TCP}]
            endpoints:
            - addresses: [10.42.3.4]
              hostname: db-0
              conditions: {ready: true}
            - addresses: [10.42.3.5]
              conditions: {ready: false}
            """, "apply", "-f", "-");
        var name = $"db.{ns}.svc.cluster.local";

        Assert.Equal("10.42.3.4", await DigUntilAsync(name, "A", answer => answer.Length > 0));
        Assert.Equal("10.42.3.4", await DigAsync($"db-0.{name}", "A"));
        Assert.Equal($"0 100 3306 db-0.{name}.", await DigAsync($"_mysql._tcp.{name}", "SRV"));

        // The second endpoint becomes ready: both addresses are served.
        await _cluster.KubectlOkAsync("patch", "endpointslice", "db-1", "-n", ns, "--type=json", "-p", """[{"op":"replace","path":"/endpoints/1/conditions/ready","value":true}]""");
        var both = await DigUntilAsync(name, "A", answer => answer.Contains("10.42.3.5", StringComparison.Ordinal));
        Assert.Equal(["10.42.3.4", "10.42.3.5"], both.Split('\n').Order());
    }

    [Fact]
    public async Task OtherNames_AreForwardedToTheUpstream_AndPodNamesAnswered()
    {
        var forwarded = await DigAsync("nothing.upstream.test", "A", "+noshort");
        Assert.Contains("status: NXDOMAIN", forwarded);
        Assert.Contains("upstream.test.", forwarded);

        Assert.Equal("10.42.0.9", await DigAsync("10-42-0-9.default.pod.cluster.local", "A"));
        Assert.Equal("\"1.1.0\"", await DigAsync("dns-version.cluster.local", "TXT"));
    }

    private async Task<string> DigAsync(params string[] arguments)
    {
        var full = arguments.Contains("+noshort");
        string[] common = ["@127.0.0.1", "-p", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "+time=2", "+tries=1"];
        var result = await ProcessRunner.RunAsync(Dig, [.. common, .. arguments.Where(a => a != "+noshort"), .. full ? Array.Empty<string>() : ["+short"]], timeout: TimeSpan.FromSeconds(20));
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.StandardOutput.Trim();
    }

    /// <summary>Asks until the answer satisfies <paramref name="done"/>: the zone follows informer events, not the kubectl call.</summary>
    private async Task<string> DigUntilAsync(string name, string type, Func<string, bool> done, bool full = false)
    {
        var started = Stopwatch.StartNew();
        while (true)
        {
            var answer = full ? await DigAsync(name, type, "+noshort") : await DigAsync(name, type);
            if (done(answer))
            {
                return answer;
            }

            Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"dig {name} {type} kept answering: {answer}");
            await Task.Delay(100);
        }
    }
}
