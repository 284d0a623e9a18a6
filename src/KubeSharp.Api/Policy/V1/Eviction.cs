using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Policy.V1;

/// <summary>Evicts a pod subject to its disruption budgets: POST to pods/&lt;name&gt;/eviction.</summary>
[Kind("policy", "v1", "Eviction")]
public sealed class Eviction : KubeObject
{
    public DeleteOptions? DeleteOptions { get; set; }
}
