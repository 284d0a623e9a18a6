namespace KubeSharp.Api.Core.V1;

/// <summary>One IP address of the node a pod runs on.</summary>
public sealed class HostIP : KubeModel
{
    public string IP { get; set; } = "";
}
