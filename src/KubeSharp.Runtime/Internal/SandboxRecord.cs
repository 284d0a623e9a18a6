namespace KubeSharp.Runtime.Internal;

/// <summary>What the runtime persists about a sandbox (<c>sandboxes/&lt;id&gt;/sandbox.json</c>), enough to re-adopt it after a restart.</summary>
internal sealed record SandboxRecord
{
    public string Id { get; init; } = "";

    public PodSandboxConfig Config { get; init; } = new();

    public string RuntimeHandler { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public PodSandboxState State { get; init; }

    public string? NetworkNamespace { get; init; }

    public string? IpcNamespace { get; init; }

    public string? UtsNamespace { get; init; }

    /// <summary>True when the sandbox pinned its own namespaces (false for host ones).</summary>
    public IReadOnlyList<string> PinnedNamespaces { get; init; } = [];

    public IReadOnlyList<string> Ips { get; init; } = [];

    public bool NetworkSetUp { get; init; }

    /// <summary>The catatonit infra container's PID when the pod shares one PID namespace.</summary>
    public int? InfraPid { get; init; }

    public long InfraStartTime { get; init; }

    public string CgroupParent { get; init; } = "";

    public bool OwnsCgroupParent { get; init; }

    public string? ShmDirectory { get; init; }

    public NamespaceOption Namespaces { get; init; } = new();
}
