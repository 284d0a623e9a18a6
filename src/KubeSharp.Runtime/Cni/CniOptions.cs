namespace KubeSharp.Runtime.Cni;

/// <summary>Where the CNI plugins, their configuration and their state live.</summary>
public sealed record CniOptions
{
    /// <summary>Plugin directories, searched in order (Debian installs the plugins in /usr/lib/cni).</summary>
    public IReadOnlyList<string> BinDirectories { get; init; } = ["/usr/lib/cni", "/opt/cni/bin"];

    /// <summary>Network configuration directory: the lexically first <c>*.conflist</c>/<c>*.conf</c>/<c>*.json</c> is the default network.</summary>
    public string ConfigDirectory { get; init; } = "/etc/cni/net.d";

    /// <summary>libcni's result cache and host-local's IP allocations live under here.</summary>
    public string DataDirectory { get; init; } = "/var/lib/cni";

    /// <summary>
    /// The network namespace that plays the node's host network: CNI plugins run in it and host-network pods
    /// join it. Null means the kubesharp process's own namespace. Tests and multi-node-on-one-machine setups
    /// point it at a namespace of their own, so pod networks never touch the real host.
    /// </summary>
    public string? NodeNetworkNamespace { get; init; }

    /// <summary>Pod CIDR for the default network written when the config directory has none.</summary>
    public string PodCidr { get; init; } = "";

    /// <summary>Bridge of the default network.</summary>
    public string BridgeName { get; init; } = "cni0";

    /// <summary>Name of the default network (and of its conflist).</summary>
    public string NetworkName { get; init; } = "kubesharp";
}
