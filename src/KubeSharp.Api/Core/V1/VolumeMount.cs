namespace KubeSharp.Api.Core.V1;

/// <summary>A volume mounted into a container.</summary>
public sealed class VolumeMount : KubeModel
{
    /// <summary>The name of the pod's volume.</summary>
    public string Name { get; set; } = "";

    public bool? ReadOnly { get; set; }

    /// <summary>One of <see cref="RecursiveReadOnlyMode"/>; only with readOnly.</summary>
    public string? RecursiveReadOnly { get; set; }

    public string MountPath { get; set; } = "";

    public string? SubPath { get; set; }

    /// <summary>One of <see cref="MountPropagationMode"/>; None when unset.</summary>
    public string? MountPropagation { get; set; }

    /// <summary>Like subPath with $(VAR) expanded from the container's environment.</summary>
    public string? SubPathExpr { get; set; }
}
