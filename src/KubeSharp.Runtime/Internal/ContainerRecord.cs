namespace KubeSharp.Runtime.Internal;

/// <summary>What the runtime persists about a container (<c>containers/&lt;id&gt;/container.json</c>).</summary>
internal sealed record ContainerRecord
{
    public string Id { get; init; } = "";

    public string SandboxId { get; init; } = "";

    public ContainerConfig Config { get; init; } = new();

    public string ImageId { get; init; } = "";

    public string ImageRef { get; init; } = "";

    public IReadOnlyList<string> ChainIds { get; init; } = [];

    public string LogPath { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public int ExitCode { get; init; }

    public string Reason { get; init; } = "";

    public string Message { get; init; } = "";

    public ContainerState State { get; init; }

    public int Pid { get; init; }

    /// <summary>Start time of <see cref="Pid"/> in clock ticks (/proc/pid/stat field 22), to detect PID reuse as CRI-O does.</summary>
    public long PidStartTime { get; init; }

    public int ConmonPid { get; init; }

    public string CgroupsPath { get; init; } = "";

    public string StopSignal { get; init; } = "SIGTERM";

    /// <summary>True for the sandbox's catatonit infra container (not listed as a container).</summary>
    public bool IsInfra { get; init; }
}
