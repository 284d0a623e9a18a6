namespace KubeSharp.Api.Core.V1;

/// <summary>A stable name and virtual IP for a set of pods chosen by a selector.</summary>
[Kind("", "v1", "Service")]
public sealed class Service : KubeObject
{
    public ServiceSpec Spec { get; set; } = new();

    public ServiceStatus Status { get; set; } = new();
}
