using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Core.V1;

/// <summary>The certificates of ClusterTrustBundles, by name or by signer and labels, written into a projected volume.</summary>
public sealed class ClusterTrustBundleProjection : KubeModel
{
    public string? Name { get; set; }

    public string? SignerName { get; set; }

    public LabelSelector? LabelSelector { get; set; }

    public bool? Optional { get; set; }

    public string Path { get; set; } = "";
}
