namespace KubeSharp.Api.Core.V1;

/// <summary>Whether a pod may preempt lower-priority pods.</summary>
public static class PreemptionPolicy
{
    public const string PreemptLowerPriority = "PreemptLowerPriority";
    public const string Never = "Never";
}
