using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The observed state of one container of a pod, as the kubelet reports it.</summary>
public sealed class ContainerStatus : KubeModel
{
    public string Name { get; set; } = "";

    /// <summary>A struct upstream, so always written.</summary>
    public ContainerState State { get; set; } = new();

    /// <summary>
    /// The previous termination, kept to debug restarts (upstream's Go field is LastTerminationState). A struct
    /// upstream, so always written, as <c>{}</c> before any restart.
    /// </summary>
    [JsonPropertyName("lastState")]
    public ContainerState LastTerminationState { get; set; } = new();

    /// <summary>Whether the container passes its readiness probe; always written.</summary>
    public bool Ready { get; set; }

    /// <summary>Always written, zero included.</summary>
    public int RestartCount { get; set; }

    /// <summary>The image running, possibly as resolved by the runtime.</summary>
    public string Image { get; set; } = "";

    public string ImageID { get; set; } = "";

    /// <summary>In the form TYPE://ID, such as containerd://0123….</summary>
    public string? ContainerID { get; set; }

    /// <summary>Whether postStart finished and the startup probe passed.</summary>
    public bool? Started { get; set; }

    public Dictionary<string, Quantity>? AllocatedResources { get; set; }

    /// <summary>The resources actually applied to the running container.</summary>
    public ResourceRequirements? Resources { get; set; }

    [PatchMergeKey("mountPath")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("mountPath")]
    public List<VolumeMountStatus>? VolumeMounts { get; set; }

    /// <summary>The identity of the container's first process.</summary>
    public ContainerUser? User { get; set; }

    /// <summary>Health of the devices allocated to the container, per resource.</summary>
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<ResourceStatus>? AllocatedResourcesStatus { get; set; }

    /// <summary>The signal that stops this container, one of <see cref="Signal"/>.</summary>
    public string? StopSignal { get; set; }
}
