namespace KubeSharp.Api.Core.V1;

/// <summary>A ResourceClaim the pod uses, by name or created from a template; containers refer to it by name.</summary>
public sealed class PodResourceClaim : KubeModel
{
    public string Name { get; set; } = "";

    public string? ResourceClaimName { get; set; }

    public string? ResourceClaimTemplateName { get; set; }
}
