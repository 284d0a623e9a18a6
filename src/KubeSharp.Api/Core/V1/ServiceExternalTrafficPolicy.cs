namespace KubeSharp.Api.Core.V1;

/// <summary>Which endpoints get traffic sent to node ports, external IPs and load balancer IPs.</summary>
public static class ServiceExternalTrafficPolicy
{
    public const string Cluster = "Cluster";

    /// <summary>Only endpoints on the receiving node, keeping the client's source IP.</summary>
    public const string Local = "Local";
}
