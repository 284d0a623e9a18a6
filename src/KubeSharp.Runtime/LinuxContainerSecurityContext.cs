namespace KubeSharp.Runtime;

/// <summary>CRI <c>LinuxContainerSecurityContext</c>.</summary>
public sealed record LinuxContainerSecurityContext
{
    public Capability? Capabilities { get; init; }

    /// <summary>All capabilities, nothing masked, every host device, rw /sys.</summary>
    public bool Privileged { get; init; }

    public NamespaceOption? NamespaceOptions { get; init; }

    /// <summary>Overrides the image's user. At most one of this and <see cref="RunAsUsername"/>.</summary>
    public long? RunAsUser { get; init; }

    /// <summary>Only valid with <see cref="RunAsUser"/> or <see cref="RunAsUsername"/>.</summary>
    public long? RunAsGroup { get; init; }

    /// <summary>Must exist in the image's /etc/passwd.</summary>
    public string RunAsUsername { get; init; } = "";

    public bool ReadonlyRootfs { get; init; }

    public IReadOnlyList<long> SupplementalGroups { get; init; } = [];

    /// <summary>Set from <c>allowPrivilegeEscalation: false</c>.</summary>
    public bool NoNewPrivs { get; init; }

    /// <summary>Paths masked in the container, as the kubelet computed them (empty for privileged containers).</summary>
    public IReadOnlyList<string> MaskedPaths { get; init; } = [];

    /// <summary>Paths made read-only, as the kubelet computed them.</summary>
    public IReadOnlyList<string> ReadonlyPaths { get; init; } = [];

    public SecurityProfile? Seccomp { get; init; }

    public SecurityProfile? Apparmor { get; init; }
}
