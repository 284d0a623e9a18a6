namespace KubeSharp.Runtime;

/// <summary>CRI <c>PodSandboxConfig</c>: everything needed to create a pod sandbox. Immutable for the pod's lifetime.</summary>
public sealed record PodSandboxConfig
{
    public PodSandboxMetadata Metadata { get; init; } = new();

    /// <summary>May only be empty when the network namespace is the node's.</summary>
    public string Hostname { get; init; } = "";

    /// <summary>Host directory for container logs, <c>/var/log/pods/&lt;namespace&gt;_&lt;name&gt;_&lt;uid&gt;/</c>.</summary>
    public string LogDirectory { get; init; } = "";

    public DnsConfig? DnsConfig { get; init; }

    public IReadOnlyList<PortMapping> PortMappings { get; init; } = [];

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Returned unaltered in the sandbox's status.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    public LinuxPodSandboxConfig? Linux { get; init; }
}
