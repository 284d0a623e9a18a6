using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A reference to any object, possibly to a part of it (fieldPath such as spec.containers{web}).</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class ObjectReference : KubeModel
{
    public string? Kind { get; set; }

    public string? Namespace { get; set; }

    public string? Name { get; set; }

    public string? Uid { get; set; }

    public string? ApiVersion { get; set; }

    public string? ResourceVersion { get; set; }

    public string? FieldPath { get; set; }
}
