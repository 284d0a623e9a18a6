using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>An object in the same namespace, by name.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class LocalObjectReference : KubeModel
{
    /// <summary>Effectively required, though upstream allows it to be empty.</summary>
    public string? Name { get; set; }
}
