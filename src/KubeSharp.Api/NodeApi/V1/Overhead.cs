namespace KubeSharp.Api.NodeApi.V1;

public sealed class Overhead : KubeModel
{
    public Dictionary<string, Quantity>? PodFixed { get; set; }
}
