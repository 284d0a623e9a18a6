using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>
/// The fields an ephemeral container shares with <see cref="Container"/> (upstream keeps them in sync by hand).
/// Upstream inlines this into <see cref="EphemeralContainer"/>, which derives from it here.
/// </summary>
public class EphemeralContainerCommon : KubeModel
{
    public string Name { get; set; } = "";

    public string? Image { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Command { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Args { get; set; }

    public string? WorkingDir { get; set; }

    /// <summary>Not allowed for ephemeral containers.</summary>
    [PatchMergeKey("containerPort")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("containerPort", "protocol")]
    public List<ContainerPort>? Ports { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<EnvFromSource>? EnvFrom { get; set; }

    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<EnvVar>? Env { get; set; }

    /// <summary>Not allowed for ephemeral containers, but a struct upstream, so always written.</summary>
    public ResourceRequirements Resources { get; set; } = new();

    [ListType(ListTypeAttribute.Atomic)]
    public List<ContainerResizePolicy>? ResizePolicy { get; set; }

    /// <summary>Not allowed for ephemeral containers.</summary>
    public string? RestartPolicy { get; set; }

    [PatchMergeKey("mountPath")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("mountPath")]
    public List<VolumeMount>? VolumeMounts { get; set; }

    [PatchMergeKey("devicePath")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("devicePath")]
    public List<VolumeDevice>? VolumeDevices { get; set; }

    public Probe? LivenessProbe { get; set; }

    public Probe? ReadinessProbe { get; set; }

    public Probe? StartupProbe { get; set; }

    public Lifecycle? Lifecycle { get; set; }

    public string? TerminationMessagePath { get; set; }

    public string? TerminationMessagePolicy { get; set; }

    public string? ImagePullPolicy { get; set; }

    public SecurityContext? SecurityContext { get; set; }

    public bool? Stdin { get; set; }

    public bool? StdinOnce { get; set; }

    public bool? TTY { get; set; }
}
