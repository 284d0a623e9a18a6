namespace KubeSharp.Runtime;

/// <summary>CRI <c>PodSandboxMetadata</c>: the pod identity a sandbox is created for.</summary>
public sealed record PodSandboxMetadata
{
    public string Name { get; init; } = "";

    public string Uid { get; init; } = "";

    public string Namespace { get; init; } = "";

    /// <summary>How many sandboxes were created for this pod before this one.</summary>
    public uint Attempt { get; init; }
}
