using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A Secret by name and namespace.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class SecretReference : KubeModel
{
    public string? Name { get; set; }

    public string? Namespace { get; set; }
}
