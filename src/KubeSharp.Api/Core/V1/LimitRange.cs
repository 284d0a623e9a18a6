namespace KubeSharp.Api.Core.V1;

/// <summary>Per-object resource limits and defaults in a namespace, applied by the LimitRanger admission plugin.</summary>
[Kind("", "v1", "LimitRange")]
public sealed class LimitRange : KubeObject
{
    public LimitRangeSpec Spec { get; set; } = new();
}
