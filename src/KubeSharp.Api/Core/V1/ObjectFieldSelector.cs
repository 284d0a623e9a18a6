using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A field of an object by path, in the given API version (v1 by default).</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class ObjectFieldSelector : KubeModel
{
    public string? ApiVersion { get; set; }

    public string FieldPath { get; set; } = "";
}
