namespace KubeSharp.Api.Core.V1;

/// <summary>Aggregate limits on resource use in a namespace.</summary>
[Kind("", "v1", "ResourceQuota")]
public sealed class ResourceQuota : KubeObject
{
    public ResourceQuotaSpec Spec { get; set; } = new();

    public ResourceQuotaStatus Status { get; set; } = new();
}
