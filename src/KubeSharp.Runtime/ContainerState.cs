namespace KubeSharp.Runtime;

/// <summary>CRI <c>ContainerState</c>.</summary>
public enum ContainerState
{
    Created,
    Running,
    Exited,
    Unknown,
}
