using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A reference to an object of any kind, possibly in another namespace (a PVC's dataSourceRef).</summary>
public sealed class TypedObjectReference : KubeModel
{
    /// <summary>Null for the core group. Written even when null, as upstream has no omitempty on it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? APIGroup { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Namespace { get; set; }
}
