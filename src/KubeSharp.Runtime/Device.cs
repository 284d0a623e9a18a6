namespace KubeSharp.Runtime;

/// <summary>CRI <c>Device</c>: a host device made available in a container.</summary>
public sealed record Device
{
    public string ContainerPath { get; init; } = "";

    public string HostPath { get; init; } = "";

    /// <summary>Cgroup device permissions: any of <c>r</c>, <c>w</c>, <c>m</c>.</summary>
    public string Permissions { get; init; } = "rwm";
}
