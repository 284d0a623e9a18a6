using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Storage.V1;

public sealed class CSIDriverSpec : KubeModel
{
    public bool? AttachRequired { get; set; }

    public bool? PodInfoOnMount { get; set; }

    /// <summary>Persistent when empty; see <see cref="VolumeLifecycleMode"/>.</summary>
    [ListType(ListTypeAttribute.Set)]
    public List<string>? VolumeLifecycleModes { get; set; }

    public bool? StorageCapacity { get; set; }

    /// <summary>Values in the FSGroupPolicy constants; ReadWriteOnceWithFSType when unset.</summary>
    public string? FSGroupPolicy { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<TokenRequest>? TokenRequests { get; set; }

    public bool? RequiresRepublish { get; set; }

    public bool? SELinuxMount { get; set; }

    public long? NodeAllocatableUpdatePeriodSeconds { get; set; }
}
