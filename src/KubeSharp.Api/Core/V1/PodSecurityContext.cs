using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>Pod-level security settings; a container's securityContext overrides the fields they share.</summary>
public sealed class PodSecurityContext : KubeModel
{
    public SELinuxOptions? SELinuxOptions { get; set; }

    public WindowsSecurityContextOptions? WindowsOptions { get; set; }

    public long? RunAsUser { get; set; }

    public long? RunAsGroup { get; set; }

    public bool? RunAsNonRoot { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<long>? SupplementalGroups { get; set; }

    /// <summary>One of <see cref="V1.SupplementalGroupsPolicy"/>.</summary>
    public string? SupplementalGroupsPolicy { get; set; }

    /// <summary>Group that owns supported volumes (setgid, group rw).</summary>
    public long? FSGroup { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<Sysctl>? Sysctls { get; set; }

    /// <summary>One of <see cref="PodFSGroupChangePolicy"/>.</summary>
    public string? FSGroupChangePolicy { get; set; }

    public SeccompProfile? SeccompProfile { get; set; }

    public AppArmorProfile? AppArmorProfile { get; set; }

    /// <summary>One of <see cref="PodSELinuxChangePolicy"/>.</summary>
    public string? SELinuxChangePolicy { get; set; }
}
