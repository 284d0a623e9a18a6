namespace KubeSharp.Api.Policy.V1;

/// <summary>Limits how many pods of a set voluntary disruptions (evictions) may take down at once.</summary>
[Kind("policy", "v1", "PodDisruptionBudget")]
public sealed class PodDisruptionBudget : KubeObject
{
    public PodDisruptionBudgetSpec Spec { get; set; } = new();

    public PodDisruptionBudgetStatus Status { get; set; } = new();
}
