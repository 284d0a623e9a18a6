using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The uid, gid and supplemental groups of a Linux container's first process.</summary>
public sealed class LinuxContainerUser : KubeModel
{
    public long Uid { get; set; }

    public long Gid { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<long>? SupplementalGroups { get; set; }
}
