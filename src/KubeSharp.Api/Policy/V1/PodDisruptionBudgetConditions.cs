namespace KubeSharp.Api.Policy.V1;

/// <summary>The condition type and reasons the disruption controller sets.</summary>
public static class PodDisruptionBudgetConditions
{
    public const string DisruptionAllowedCondition = "DisruptionAllowed";

    public const string SyncFailedReason = "SyncFailed";

    public const string SufficientPodsReason = "SufficientPods";

    public const string InsufficientPodsReason = "InsufficientPods";
}
