namespace KubeSharp.Api.Core.V1;

/// <summary>One IP address of a pod.</summary>
public sealed class PodIP : KubeModel
{
    public string IP { get; set; } = "";
}
