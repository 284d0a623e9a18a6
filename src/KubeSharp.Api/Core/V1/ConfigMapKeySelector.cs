using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>One key of a ConfigMap.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class ConfigMapKeySelector : KubeModel
{
    /// <summary>The ConfigMap's name (upstream's inlined LocalObjectReference).</summary>
    public string? Name { get; set; }

    public string Key { get; set; } = "";

    public bool? Optional { get; set; }
}
