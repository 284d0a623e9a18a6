namespace KubeSharp.Api.Core.V1;

/// <summary>The storage a volume claim asks for.</summary>
public sealed class VolumeResourceRequirements : KubeModel
{
    public Dictionary<string, Quantity>? Limits { get; set; }

    public Dictionary<string, Quantity>? Requests { get; set; }
}
