using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>An object of a given kind in the same namespace.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class TypedLocalObjectReference : KubeModel
{
    /// <summary>Null for the core group. Written even when null, as upstream has no omitempty on it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? APIGroup { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";
}
