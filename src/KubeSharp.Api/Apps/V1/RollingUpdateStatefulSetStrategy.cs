namespace KubeSharp.Api.Apps.V1;

public sealed class RollingUpdateStatefulSetStrategy : KubeModel
{
    /// <summary>Only ordinals at or above the partition are updated.</summary>
    public int? Partition { get; set; }

    public IntOrString? MaxUnavailable { get; set; }
}
