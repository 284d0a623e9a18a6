namespace KubeSharp.Api.Autoscaling.V2;

public sealed class CrossVersionObjectReference : KubeModel
{
    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string? APIVersion { get; set; }
}
