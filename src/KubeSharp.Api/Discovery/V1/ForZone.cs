namespace KubeSharp.Api.Discovery.V1;

public sealed class ForZone : KubeModel
{
    public string Name { get; set; } = "";
}
