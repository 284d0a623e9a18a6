namespace KubeSharp.Runtime;

/// <summary>CRI <c>PodSandboxState</c>.</summary>
public enum PodSandboxState
{
    Ready,
    NotReady,
}
