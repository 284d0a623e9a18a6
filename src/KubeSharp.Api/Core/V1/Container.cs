using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>An application container of a pod (also the type of init containers, which may be sidecars).</summary>
public sealed class Container : KubeModel
{
    /// <summary>Where a container's termination message is read from by default.</summary>
    public const string TerminationMessagePathDefault = "/dev/termination-log";

    public string Name { get; set; } = "";

    public string? Image { get; set; }

    /// <summary>Replaces the image's ENTRYPOINT; $(VAR) references are expanded.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Command { get; set; }

    /// <summary>Replaces the image's CMD; $(VAR) references are expanded.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Args { get; set; }

    public string? WorkingDir { get; set; }

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

    /// <summary>A struct upstream, so always written (as <c>{}</c> when empty).</summary>
    public ResourceRequirements Resources { get; set; } = new();

    [ListType(ListTypeAttribute.Atomic)]
    public List<ContainerResizePolicy>? ResizePolicy { get; set; }

    /// <summary>
    /// One of <see cref="ContainerRestartPolicy"/>. Only "Always", and only on init containers, where it makes the
    /// container a sidecar: restarted while the pod's regular containers run.
    /// </summary>
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

    /// <summary>Defaults to <see cref="TerminationMessagePathDefault"/>.</summary>
    public string? TerminationMessagePath { get; set; }

    /// <summary>One of <see cref="V1.TerminationMessagePolicy"/>; File by default.</summary>
    public string? TerminationMessagePolicy { get; set; }

    /// <summary>One of <see cref="V1.PullPolicy"/>; Always for :latest or no tag, IfNotPresent otherwise.</summary>
    public string? ImagePullPolicy { get; set; }

    public SecurityContext? SecurityContext { get; set; }

    public bool? Stdin { get; set; }

    public bool? StdinOnce { get; set; }

    public bool? TTY { get; set; }
}
