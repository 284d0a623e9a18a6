namespace KubeSharp.Runtime;

/// <summary>CRI <c>ContainerConfig</c>: everything needed to create a container in a sandbox.</summary>
public sealed record ContainerConfig
{
    public ContainerMetadata Metadata { get; init; } = new();

    public ImageSpec Image { get; init; } = new();

    /// <summary>Replaces the image's Entrypoint when non-empty (Kubernetes <c>command</c>).</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>Replaces the image's Cmd when non-empty (Kubernetes <c>args</c>).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    public string WorkingDir { get; init; } = "";

    public IReadOnlyList<KeyValue> Envs { get; init; } = [];

    public IReadOnlyList<Mount> Mounts { get; init; } = [];

    public IReadOnlyList<Device> Devices { get; init; } = [];

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Returned unaltered in the container's status (the kubelet keeps its hash and restart count here).</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    /// <summary>Relative to <see cref="PodSandboxConfig.LogDirectory"/>: <c>&lt;container&gt;/&lt;restart&gt;.log</c>.</summary>
    public string LogPath { get; init; } = "";

    public bool Stdin { get; init; }

    /// <summary>Close stdin after the first attach session ends.</summary>
    public bool StdinOnce { get; init; }

    public bool Tty { get; init; }

    public LinuxContainerConfig? Linux { get; init; }
}
