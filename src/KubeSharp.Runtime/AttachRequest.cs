namespace KubeSharp.Runtime;

/// <summary>CRI <c>AttachRequest</c>: attach to the main process of a running container.</summary>
public sealed record AttachRequest
{
    public string ContainerId { get; init; } = "";

    public bool Stdin { get; init; }

    /// <summary>Must match the container's <see cref="ContainerConfig.Tty"/>.</summary>
    public bool Tty { get; init; }

    public bool Stdout { get; init; } = true;

    public bool Stderr { get; init; } = true;
}
