using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Core.V1;

/// <summary>The observed state of a Service.</summary>
public sealed class ServiceStatus : KubeModel
{
    /// <summary>A struct upstream, so always written (as <c>{}</c> without a load balancer).</summary>
    public LoadBalancerStatus LoadBalancer { get; set; } = new();

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<Condition>? Conditions { get; set; }
}
