using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>Points at the object that owns this one; the garbage collector follows these edges.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class OwnerReference : KubeModel
{
    public string ApiVersion { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string Uid { get; set; } = "";

    public bool? Controller { get; set; }

    public bool? BlockOwnerDeletion { get; set; }
}
