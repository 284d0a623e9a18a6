using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Networking.V1;

/// <summary>Exactly one of Name and Number.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class ServiceBackendPort : KubeModel
{
    public string? Name { get; set; }

    public int? Number { get; set; }
}
