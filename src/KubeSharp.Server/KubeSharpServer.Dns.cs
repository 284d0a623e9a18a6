using KubeSharp.Client;
using KubeSharp.Client.Config;
using KubeSharp.Client.Informers;
using KubeSharp.Dns;

namespace KubeSharp.Server;

/// <summary>The cluster DNS inside <c>kubesharp server</c> (<c>--cluster-dns-listen</c>), on its own informers over loopback.</summary>
public sealed partial class KubeSharpServer
{
    private Kubernetes? _clusterDnsClient;
    private SharedInformerFactory? _clusterDnsInformers;
    private ClusterDns? _clusterDns;

    /// <summary>The cluster DNS, when it runs.</summary>
    public ClusterDns? ClusterDns => _clusterDns;

    private async Task StartClusterDnsAsync(CancellationToken cancellationToken)
    {
        if (_options.ClusterDnsListen is not { } listen)
        {
            return;
        }

        var config = KubeconfigLoader.Load(_options.KubeconfigPath) with { Qps = 0, UserAgent = "kubesharp-dns" };
        _clusterDnsClient = new Kubernetes(config, _time, _loggerFactory);
        _clusterDnsInformers = new SharedInformerFactory(_clusterDnsClient, TimeSpan.Zero);
        _clusterDns = new ClusterDns(_clusterDnsInformers, new ClusterDnsOptions { Domain = _options.ClusterDomain, Listen = listen, Upstreams = _options.ClusterDnsUpstreams }, _time, _loggerFactory);
        await _clusterDns.StartAsync(cancellationToken);
    }

    private async Task StopClusterDnsAsync()
    {
        if (_clusterDns is { } dns)
        {
            _clusterDns = null;
            await dns.DisposeAsync();
        }

        if (_clusterDnsInformers is { } informers)
        {
            _clusterDnsInformers = null;
            await informers.DisposeAsync();
        }

        _clusterDnsClient?.Dispose();
        _clusterDnsClient = null;
    }
}
