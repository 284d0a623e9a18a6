using System.Runtime.Versioning;
using KubeSharp.Client;
using KubeSharp.Client.Config;
using KubeSharp.Client.Informers;
using KubeSharp.Kubelet.Simulated;

namespace KubeSharp.Server;

public sealed partial class KubeSharpServer
{
    private Kubernetes? _simulatedNodesClient;
    private SharedInformerFactory? _simulatedNodesInformers;
    private SimulatedNodes? _simulatedNodes;

    /// <summary>The simulated nodes (<c>--simulated-nodes</c>), once started; null when there are none.</summary>
    [SupportedOSPlatform("linux")]
    public SimulatedNodes? SimulatedNodes => _simulatedNodes;

    /// <summary>
    /// Starts <c>--simulated-nodes</c> kwok-style nodes against this server over loopback HTTPS with the admin
    /// certificate, as any other component would connect, without client-side rate limiting (thousands of nodes
    /// renew their leases through this one client).
    /// </summary>
    [SupportedOSPlatform("linux")]
    private async Task StartSimulatedNodesAsync(Uri address, CancellationToken cancellationToken)
    {
        if (_options.SimulatedNodes <= 0)
        {
            return;
        }

        var loopback = new UriBuilder(address) { Host = address.Host is "0.0.0.0" or "[::]" ? "127.0.0.1" : address.Host }.Uri;
        _simulatedNodesClient = new Kubernetes(
            new ClientConfig
            {
                Host = loopback,
                CertificateAuthorities = [_certificates!.Authority.Certificate],
                ClientCertificate = _certificates.AdminClient,
                Qps = 0,
                UserAgent = "kubesharp-simulated-nodes",
            },
            _time,
            _loggerFactory);
        _simulatedNodesInformers = new SharedInformerFactory(_simulatedNodesClient, TimeSpan.Zero);
        _simulatedNodes = new SimulatedNodes(
            _simulatedNodesClient,
            _simulatedNodesInformers,
            new SimulatedNodeOptions { Count = _options.SimulatedNodes },
            _time,
            _loggerFactory);
        await _simulatedNodes.StartAsync(cancellationToken);
    }

    [SupportedOSPlatform("linux")]
    private async Task StopSimulatedNodesAsync()
    {
        if (_simulatedNodes is { } nodes)
        {
            _simulatedNodes = null;
            await nodes.DisposeAsync();
        }

        if (_simulatedNodesInformers is { } informers)
        {
            _simulatedNodesInformers = null;
            await informers.DisposeAsync();
        }

        _simulatedNodesClient?.Dispose();
        _simulatedNodesClient = null;
    }
}
