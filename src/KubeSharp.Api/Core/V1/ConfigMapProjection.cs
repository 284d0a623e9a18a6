using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A ConfigMap's keys as files of a projected volume.</summary>
public sealed class ConfigMapProjection : KubeModel
{
    /// <summary>The ConfigMap's name (upstream's inlined LocalObjectReference).</summary>
    public string? Name { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<KeyToPath>? Items { get; set; }

    public bool? Optional { get; set; }
}
