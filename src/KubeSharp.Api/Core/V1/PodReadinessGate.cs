namespace KubeSharp.Api.Core.V1;

/// <summary>An extra pod condition that must be True for the pod to be Ready.</summary>
public sealed class PodReadinessGate : KubeModel
{
    public string ConditionType { get; set; } = "";
}
