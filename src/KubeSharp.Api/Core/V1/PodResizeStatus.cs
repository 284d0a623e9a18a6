namespace KubeSharp.Api.Core.V1;

/// <summary>Values of the deprecated <see cref="PodStatus.Resize"/>, replaced by the PodResize* conditions.</summary>
public static class PodResizeStatus
{
    public const string Proposed = "Proposed";
    public const string InProgress = "InProgress";
    public const string Deferred = "Deferred";
    public const string Infeasible = "Infeasible";
}
