using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>An image present on a node.</summary>
public sealed class ContainerImage : KubeModel
{
    /// <summary>Always written (upstream has no omitempty on it).</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Names { get; set; } = [];

    public long? SizeBytes { get; set; }
}
