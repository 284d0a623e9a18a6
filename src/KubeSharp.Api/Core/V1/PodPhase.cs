namespace KubeSharp.Api.Core.V1;

/// <summary>The coarse lifecycle phase of a pod.</summary>
public static class PodPhase
{
    /// <summary>Accepted, but not every container has started (includes scheduling and image pulls).</summary>
    public const string Pending = "Pending";

    /// <summary>Bound to a node, all containers created, at least one running or restarting.</summary>
    public const string Running = "Running";

    /// <summary>All containers exited 0 and will not restart.</summary>
    public const string Succeeded = "Succeeded";

    /// <summary>All containers exited, at least one in failure.</summary>
    public const string Failed = "Failed";

    /// <summary>Deprecated: not set since 2015.</summary>
    public const string Unknown = "Unknown";
}
