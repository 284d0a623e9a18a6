using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Autoscaling.V1;

[StructType(StructTypeAttribute.Atomic)]
public sealed class CrossVersionObjectReference : KubeModel
{
    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string? APIVersion { get; set; }
}
