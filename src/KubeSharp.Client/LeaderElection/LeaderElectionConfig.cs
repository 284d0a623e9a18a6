namespace KubeSharp.Client.LeaderElection;

/// <summary>
/// Leader election timing and behaviour (upstream's <c>LeaderElectionConfig</c>), with kube-controller-manager's
/// and kube-scheduler's defaults: 15 s lease, 10 s renew deadline, 2 s retry period.
/// </summary>
public sealed record LeaderElectionConfig
{
    /// <summary>Jitter applied to the retry period while trying to acquire (upstream's JitterFactor).</summary>
    public const double JitterFactor = 1.2;

    public required IResourceLock Lock { get; init; }

    /// <summary>How long non-leaders wait after last seeing the record change before they take over. Default 15 s.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the leader keeps retrying to renew before it gives up leadership. Default 10 s.</summary>
    public TimeSpan RenewDeadline { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often candidates try to acquire or renew. Default 2 s.</summary>
    public TimeSpan RetryPeriod { get; init; } = TimeSpan.FromSeconds(2);

    public required LeaderCallbacks Callbacks { get; init; }

    /// <summary>Release the lock when the context is cancelled (graceful shutdown) so another candidate need not wait. Default true.</summary>
    public bool ReleaseOnCancel { get; init; } = true;

    /// <summary>A name for logs and metrics.</summary>
    public string Name { get; init; } = "";

    /// <summary>Rejects settings that cannot work, with upstream's messages.</summary>
    public void Validate()
    {
        if (LeaseDuration <= RenewDeadline)
        {
            throw new ArgumentException("leaseDuration must be greater than renewDeadline");
        }

        if (RenewDeadline <= RetryPeriod * JitterFactor)
        {
            throw new ArgumentException("renewDeadline must be greater than retryPeriod*JitterFactor");
        }

        if (LeaseDuration <= TimeSpan.Zero)
        {
            throw new ArgumentException("leaseDuration must be greater than zero");
        }

        if (RenewDeadline <= TimeSpan.Zero)
        {
            throw new ArgumentException("renewDeadline must be greater than zero");
        }

        if (RetryPeriod <= TimeSpan.Zero)
        {
            throw new ArgumentException("retryPeriod must be greater than zero");
        }

        if (string.IsNullOrEmpty(Lock.Identity))
        {
            throw new ArgumentException("Lock identity is empty");
        }
    }
}
