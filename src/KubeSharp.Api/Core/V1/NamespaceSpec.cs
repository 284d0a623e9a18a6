using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The desired state of a namespace.</summary>
public sealed class NamespaceSpec : KubeModel
{
    /// <summary>Must be empty before the namespace is removed from storage.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Finalizers { get; set; }
}
