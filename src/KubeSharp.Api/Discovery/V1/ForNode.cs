namespace KubeSharp.Api.Discovery.V1;

public sealed class ForNode : KubeModel
{
    public string Name { get; set; } = "";
}
