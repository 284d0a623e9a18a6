namespace KubeSharp.Api.Core.V1;

/// <summary>A stored pod template.</summary>
[Kind("", "v1", "PodTemplate")]
public sealed class PodTemplate : KubeObject
{
    public PodTemplateSpec Template { get; set; } = new();
}
