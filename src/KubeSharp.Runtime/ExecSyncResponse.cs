namespace KubeSharp.Runtime;

/// <summary>CRI <c>ExecSyncResponse</c>: output of a finished command, each stream capped at 16 MiB.</summary>
public sealed record ExecSyncResponse
{
    public byte[] Stdout { get; init; } = [];

    public byte[] Stderr { get; init; } = [];

    /// <summary>The command's exit code; -1 when it timed out.</summary>
    public int ExitCode { get; init; }
}
