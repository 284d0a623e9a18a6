namespace KubeSharp.Api.Core.V1;

/// <summary>Features of the node's CRI implementation, independent of runtime handlers.</summary>
public sealed class NodeFeatures : KubeModel
{
    public bool? SupplementalGroupsPolicy { get; set; }
}
