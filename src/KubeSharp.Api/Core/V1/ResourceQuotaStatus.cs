namespace KubeSharp.Api.Core.V1;

/// <summary>The enforced limits of a quota and the usage observed.</summary>
public sealed class ResourceQuotaStatus : KubeModel
{
    public Dictionary<string, Quantity>? Hard { get; set; }

    public Dictionary<string, Quantity>? Used { get; set; }
}
