namespace KubeSharp.Api.Core.V1;

/// <summary>A gate that holds a pod back from scheduling until removed.</summary>
public sealed class PodSchedulingGate : KubeModel
{
    public string Name { get; set; } = "";
}
