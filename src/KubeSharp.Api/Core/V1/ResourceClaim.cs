namespace KubeSharp.Api.Core.V1;

/// <summary>A container's use of one entry of pod.spec.resourceClaims.</summary>
public sealed class ResourceClaim : KubeModel
{
    public string Name { get; set; } = "";

    /// <summary>One request of the claim; empty means all of it.</summary>
    public string? Request { get; set; }
}
