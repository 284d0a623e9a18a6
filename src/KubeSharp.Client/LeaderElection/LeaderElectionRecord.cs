namespace KubeSharp.Client.LeaderElection;

/// <summary>
/// What a lock stores about its holder (upstream's <c>resourcelock.LeaderElectionRecord</c>), whatever object
/// carries it: for a Lease, its spec fields.
/// </summary>
public sealed record LeaderElectionRecord
{
    /// <summary>Who holds the lock; empty when released.</summary>
    public string HolderIdentity { get; init; } = "";

    public int LeaseDurationSeconds { get; init; }

    public DateTimeOffset AcquireTime { get; init; }

    public DateTimeOffset RenewTime { get; init; }

    public int LeaderTransitions { get; init; }
}
