using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The value of the scheduler.alpha.kubernetes.io/preferAvoidPods node annotation.</summary>
public sealed class AvoidPods : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<PreferAvoidPodsEntry>? PreferAvoidPods { get; set; }
}
