namespace KubeSharp.Api.Core.V1;

/// <summary>How a pod's resolv.conf is built.</summary>
public static class DNSPolicy
{
    /// <summary>Cluster DNS first even with hostNetwork.</summary>
    public const string ClusterFirstWithHostNet = "ClusterFirstWithHostNet";

    /// <summary>Cluster DNS first, unless hostNetwork (the default).</summary>
    public const string ClusterFirst = "ClusterFirst";

    /// <summary>The node's resolver settings.</summary>
    public const string Default = "Default";

    /// <summary>Only what dnsConfig gives.</summary>
    public const string None = "None";
}
