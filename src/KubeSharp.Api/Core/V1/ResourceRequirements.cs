using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>Compute resources of a container (or pod): limits, requests, and dynamic resource claims.</summary>
public sealed class ResourceRequirements : KubeModel
{
    public Dictionary<string, Quantity>? Limits { get; set; }

    /// <summary>Defaults to the limits when omitted.</summary>
    public Dictionary<string, Quantity>? Requests { get; set; }

    /// <summary>Entries of spec.resourceClaims this container uses.</summary>
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<ResourceClaim>? Claims { get; set; }
}
