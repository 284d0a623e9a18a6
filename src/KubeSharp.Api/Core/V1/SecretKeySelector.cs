using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>One key of a Secret in the pod's namespace.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class SecretKeySelector : KubeModel
{
    /// <summary>The Secret's name (upstream's inlined LocalObjectReference).</summary>
    public string? Name { get; set; }

    public string Key { get; set; } = "";

    public bool? Optional { get; set; }
}
