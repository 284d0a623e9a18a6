namespace KubeSharp.Runtime;

/// <summary>CRI <c>LinuxPodSandboxConfig</c>.</summary>
public sealed record LinuxPodSandboxConfig
{
    /// <summary>
    /// The pod cgroup, cgroupfs syntax (<c>/kubepods/burstable/pod&lt;uid&gt;</c>). The kubelet creates and sizes
    /// it; the runtime creates the per-container children. Empty: the runtime picks one.
    /// </summary>
    public string CgroupParent { get; init; } = "";

    public LinuxSandboxSecurityContext? SecurityContext { get; init; }

    /// <summary>Namespaced sysctls applied to the sandbox's namespaces.</summary>
    public IReadOnlyDictionary<string, string> Sysctls { get; init; } = new Dictionary<string, string>();

    public LinuxContainerResources? Overhead { get; init; }

    public LinuxContainerResources? Resources { get; init; }
}
