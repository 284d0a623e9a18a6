namespace KubeSharp.Runtime;

/// <summary>CRI <c>LinuxContainerConfig</c>.</summary>
public sealed record LinuxContainerConfig
{
    public LinuxContainerResources? Resources { get; init; }

    public LinuxContainerSecurityContext? SecurityContext { get; init; }
}
