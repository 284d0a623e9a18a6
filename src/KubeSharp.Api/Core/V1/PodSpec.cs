using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The desired state of a pod.</summary>
public sealed class PodSpec : KubeModel
{
    [PatchMergeKey("name")]
    [PatchStrategy("merge,retainKeys")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<Volume>? Volumes { get; set; }

    /// <summary>Run in order before the containers; those with restartPolicy Always are sidecars.</summary>
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<Container>? InitContainers { get; set; }

    /// <summary>At least one; always written.</summary>
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<Container> Containers { get; set; } = [];

    /// <summary>Added only through the ephemeralcontainers subresource.</summary>
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<EphemeralContainer>? EphemeralContainers { get; set; }

    /// <summary>One of <see cref="V1.RestartPolicy"/>; Always by default.</summary>
    public string? RestartPolicy { get; set; }

    /// <summary>Defaults to 30; 0 kills at once.</summary>
    public long? TerminationGracePeriodSeconds { get; set; }

    public long? ActiveDeadlineSeconds { get; set; }

    /// <summary>One of <see cref="V1.DNSPolicy"/>; ClusterFirst by default.</summary>
    public string? DNSPolicy { get; set; }

    [MapType(MapTypeAttribute.Atomic)]
    public Dictionary<string, string>? NodeSelector { get; set; }

    public string? ServiceAccountName { get; set; }

    /// <summary>Deprecated alias of serviceAccountName; its wire name is <c>serviceAccount</c>.</summary>
    [JsonPropertyName("serviceAccount")]
    public string? DeprecatedServiceAccount { get; set; }

    public bool? AutomountServiceAccountToken { get; set; }

    /// <summary>The node the pod is bound to; set by the scheduler through the binding subresource.</summary>
    public string? NodeName { get; set; }

    public bool? HostNetwork { get; set; }

    public bool? HostPID { get; set; }

    public bool? HostIPC { get; set; }

    public bool? ShareProcessNamespace { get; set; }

    public PodSecurityContext? SecurityContext { get; set; }

    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<LocalObjectReference>? ImagePullSecrets { get; set; }

    public string? Hostname { get; set; }

    /// <summary>With it the pod's FQDN is HOSTNAME.SUBDOMAIN.NAMESPACE.svc.CLUSTER-DOMAIN.</summary>
    public string? Subdomain { get; set; }

    public Affinity? Affinity { get; set; }

    public string? SchedulerName { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<Toleration>? Tolerations { get; set; }

    [PatchMergeKey("ip")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("ip")]
    public List<HostAlias>? HostAliases { get; set; }

    public string? PriorityClassName { get; set; }

    /// <summary>Filled from priorityClassName by the Priority admission plugin.</summary>
    public int? Priority { get; set; }

    public PodDNSConfig? DNSConfig { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<PodReadinessGate>? ReadinessGates { get; set; }

    public string? RuntimeClassName { get; set; }

    /// <summary>Defaults to true.</summary>
    public bool? EnableServiceLinks { get; set; }

    /// <summary>One of <see cref="V1.PreemptionPolicy"/>; PreemptLowerPriority by default.</summary>
    public string? PreemptionPolicy { get; set; }

    /// <summary>The RuntimeClass's overhead, set at admission.</summary>
    public Dictionary<string, Quantity>? Overhead { get; set; }

    [PatchMergeKey("topologyKey")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("topologyKey", "whenUnsatisfiable")]
    public List<TopologySpreadConstraint>? TopologySpreadConstraints { get; set; }

    public bool? SetHostnameAsFQDN { get; set; }

    public PodOS? OS { get; set; }

    /// <summary>False runs the pod in its own user namespace; true or unset uses the host's.</summary>
    public bool? HostUsers { get; set; }

    /// <summary>While any gate is present the pod is not scheduled.</summary>
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<PodSchedulingGate>? SchedulingGates { get; set; }

    [PatchMergeKey("name")]
    [PatchStrategy("merge,retainKeys")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<PodResourceClaim>? ResourceClaims { get; set; }

    /// <summary>Pod-level requests and limits (feature PodLevelResources): cpu and memory only.</summary>
    public ResourceRequirements? Resources { get; set; }
}
