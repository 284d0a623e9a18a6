namespace KubeSharp.Api.Policy.V1;

/// <summary>When running but not-yet-ready pods may be evicted.</summary>
public static class UnhealthyPodEvictionPolicyType
{
    public const string IfHealthyBudget = "IfHealthyBudget";

    public const string AlwaysAllow = "AlwaysAllow";
}
