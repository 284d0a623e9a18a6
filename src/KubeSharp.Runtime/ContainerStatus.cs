namespace KubeSharp.Runtime;

/// <summary>CRI <c>ContainerStatus</c>.</summary>
public sealed record ContainerStatus
{
    /// <summary>The reason CRI requires for containers killed by the cgroup OOM killer.</summary>
    public const string OomKilledReason = "OOMKilled";

    /// <summary>Reason for exit code 0, as containerd and CRI-O report it.</summary>
    public const string CompletedReason = "Completed";

    /// <summary>Reason for a non-zero exit code, as containerd and CRI-O report it.</summary>
    public const string ErrorReason = "Error";

    public string Id { get; init; } = "";

    public ContainerMetadata Metadata { get; init; } = new();

    public ContainerState State { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Meaningful only when <see cref="FinishedAt"/> is set; 137 for SIGKILL (128 + 9).</summary>
    public int ExitCode { get; init; }

    public ImageSpec Image { get; init; } = new();

    public string ImageRef { get; init; } = "";

    public string ImageId { get; init; } = "";

    /// <summary><see cref="OomKilledReason"/>, <see cref="CompletedReason"/> or <see cref="ErrorReason"/> once exited.</summary>
    public string Reason { get; init; } = "";

    public string Message { get; init; } = "";

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<Mount> Mounts { get; init; } = [];

    /// <summary>Absolute path of the CRI-format log file.</summary>
    public string LogPath { get; init; } = "";

    public LinuxContainerResources? Resources { get; init; }
}
