namespace KubeSharp.Api.Core.V1;

/// <summary>The name of the ResourceClaim generated from a template for one pod claim.</summary>
public sealed class PodResourceClaimStatus : KubeModel
{
    public string Name { get; set; } = "";

    /// <summary>Unset when no claim had to be generated.</summary>
    public string? ResourceClaimName { get; set; }
}
