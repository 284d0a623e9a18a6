using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The observed state of a pod, as the scheduler and kubelet report it.</summary>
public sealed class PodStatus : KubeModel
{
    /// <summary>The pod's metadata.generation the kubelet last acted on.</summary>
    public long? ObservedGeneration { get; set; }

    /// <summary>One of <see cref="PodPhase"/>.</summary>
    public string? Phase { get; set; }

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<PodCondition>? Conditions { get; set; }

    public string? Message { get; set; }

    /// <summary>A CamelCase word such as Evicted.</summary>
    public string? Reason { get; set; }

    /// <summary>Set when the pod preempted others and waits for them to go.</summary>
    public string? NominatedNodeName { get; set; }

    public string? HostIP { get; set; }

    /// <summary>The first entry equals hostIP.</summary>
    [PatchMergeKey("ip")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Atomic)]
    public List<HostIP>? HostIPs { get; set; }

    public string? PodIP { get; set; }

    /// <summary>At most one per IP family; the first equals podIP.</summary>
    [PatchMergeKey("ip")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("ip")]
    public List<PodIP>? PodIPs { get; set; }

    /// <summary>When the kubelet acknowledged the pod, before pulling images.</summary>
    public DateTimeOffset? StartTime { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<ContainerStatus>? InitContainerStatuses { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<ContainerStatus>? ContainerStatuses { get; set; }

    /// <summary>One of <see cref="PodQOSClass"/>.</summary>
    [JsonPropertyName("qosClass")]
    public string? QOSClass { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<ContainerStatus>? EphemeralContainerStatuses { get; set; }

    /// <summary>Deprecated: one of <see cref="PodResizeStatus"/>; replaced by the PodResize* conditions.</summary>
    public string? Resize { get; set; }

    [PatchMergeKey("name")]
    [PatchStrategy("merge,retainKeys")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<PodResourceClaimStatus>? ResourceClaimStatuses { get; set; }
}
