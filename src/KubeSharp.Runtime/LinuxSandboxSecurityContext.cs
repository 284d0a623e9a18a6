namespace KubeSharp.Runtime;

/// <summary>CRI <c>LinuxSandboxSecurityContext</c>: security settings of the sandbox itself (not its containers).</summary>
public sealed record LinuxSandboxSecurityContext
{
    public NamespaceOption? NamespaceOptions { get; init; }

    public long? RunAsUser { get; init; }

    public long? RunAsGroup { get; init; }

    public bool ReadonlyRootfs { get; init; }

    public IReadOnlyList<long> SupplementalGroups { get; init; } = [];

    /// <summary>Whether privileged containers will run in this sandbox.</summary>
    public bool Privileged { get; init; }

    public SecurityProfile? Seccomp { get; init; }

    public SecurityProfile? Apparmor { get; init; }
}
