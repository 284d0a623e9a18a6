namespace KubeSharp.Runtime;

/// <summary>CRI <c>MountPropagation</c>.</summary>
public enum MountPropagation
{
    /// <summary>rprivate.</summary>
    Private,

    /// <summary>rslave: host mounts propagate into the container.</summary>
    HostToContainer,

    /// <summary>rshared: both ways.</summary>
    Bidirectional,
}
