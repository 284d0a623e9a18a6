namespace KubeSharp.Runtime.Cni;

/// <summary>The per-pod arguments CNI gets on ADD and again on DEL: identity, host ports, bandwidth.</summary>
internal sealed record CniPodInfo
{
    public required string SandboxId { get; init; }

    public required PodSandboxMetadata Metadata { get; init; }

    public IReadOnlyList<PortMapping> PortMappings { get; init; } = [];

    /// <summary>Ingress/egress rates in bit/s from <c>kubernetes.io/ingress-bandwidth</c> / <c>egress-bandwidth</c>.</summary>
    public long? IngressRate { get; init; }

    public long? EgressRate { get; init; }

    public string CgroupParent { get; init; } = "";
}
