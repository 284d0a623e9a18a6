namespace KubeSharp.Api.Core.V1;

/// <summary>How a container takes an in-place resize of one resource.</summary>
public sealed class ContainerResizePolicy : KubeModel
{
    /// <summary>cpu or memory.</summary>
    public string ResourceName { get; set; } = "";

    /// <summary>One of <see cref="ResourceResizeRestartPolicy"/>.</summary>
    public string RestartPolicy { get; set; } = "";
}
