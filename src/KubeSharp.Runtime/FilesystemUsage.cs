namespace KubeSharp.Runtime;

/// <summary>CRI <c>FilesystemUsage</c>.</summary>
public sealed record FilesystemUsage
{
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The filesystem's mount point (CRI <c>fs_id.mountpoint</c>).</summary>
    public string Mountpoint { get; init; } = "";

    public ulong? UsedBytes { get; init; }

    public ulong? InodesUsed { get; init; }
}
