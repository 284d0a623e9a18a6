using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The desired state of a Service.</summary>
public sealed class ServiceSpec : KubeModel
{
    /// <summary>The clusterIP value of a headless service.</summary>
    public const string ClusterIPNone = "None";

    [PatchMergeKey("port")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("port", "protocol")]
    public List<ServicePort>? Ports { get; set; }

    /// <summary>Pods with these labels are the endpoints; none means endpoints are managed by someone else.</summary>
    [MapType(MapTypeAttribute.Atomic)]
    public Dictionary<string, string>? Selector { get; set; }

    /// <summary>An IP, "" (allocate one) or "None" (headless).</summary>
    public string? ClusterIP { get; set; }

    /// <summary>Up to two (dual stack); the first equals clusterIP.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? ClusterIPs { get; set; }

    /// <summary>One of <see cref="ServiceType"/>; ClusterIP by default.</summary>
    public string? Type { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? ExternalIPs { get; set; }

    /// <summary>One of <see cref="ServiceAffinity"/>; None by default.</summary>
    public string? SessionAffinity { get; set; }

    /// <summary>Deprecated.</summary>
    public string? LoadBalancerIP { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? LoadBalancerSourceRanges { get; set; }

    /// <summary>The CNAME target of an ExternalName service.</summary>
    public string? ExternalName { get; set; }

    /// <summary>One of <see cref="ServiceExternalTrafficPolicy"/>.</summary>
    public string? ExternalTrafficPolicy { get; set; }

    public int? HealthCheckNodePort { get; set; }

    /// <summary>Treat every endpoint as ready (headless StatefulSet peers).</summary>
    public bool? PublishNotReadyAddresses { get; set; }

    public SessionAffinityConfig? SessionAffinityConfig { get; set; }

    /// <summary>Values of <see cref="IPFamily"/>, at most two, matching clusterIPs.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? IPFamilies { get; set; }

    /// <summary>One of <see cref="V1.IPFamilyPolicy"/>; SingleStack by default.</summary>
    public string? IPFamilyPolicy { get; set; }

    /// <summary>Defaults to true for LoadBalancer services.</summary>
    public bool? AllocateLoadBalancerNodePorts { get; set; }

    public string? LoadBalancerClass { get; set; }

    /// <summary>One of <see cref="ServiceInternalTrafficPolicy"/>; Cluster by default.</summary>
    public string? InternalTrafficPolicy { get; set; }

    /// <summary>One of <see cref="ServiceTrafficDistribution"/>.</summary>
    public string? TrafficDistribution { get; set; }
}
