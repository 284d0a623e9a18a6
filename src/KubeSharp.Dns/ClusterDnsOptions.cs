using System.Net;

namespace KubeSharp.Dns;

/// <summary>How the cluster DNS runs.</summary>
public sealed record ClusterDnsOptions
{
    /// <summary>The cluster domain (kubelet's <c>--cluster-domain</c>). Default <c>cluster.local</c>.</summary>
    public string Domain { get; init; } = "cluster.local";

    /// <summary>Where to listen, UDP and TCP (port 0 picks a free one).</summary>
    public required IPEndPoint Listen { get; init; }

    /// <summary>Resolvers for names outside the cluster; default the host's (<c>/etc/resolv.conf</c>).</summary>
    public IReadOnlyList<IPEndPoint>? Upstreams { get; init; }
}
