namespace KubeSharp.Client.LeaderElection;

/// <summary>
/// The object candidates contend for (upstream's <c>resourcelock.Interface</c>). Updates must be guarded by the
/// object's resourceVersion, so two candidates cannot both win a race to take it.
/// </summary>
public interface IResourceLock
{
    /// <summary>This candidate's identity, unique among the candidates (host name plus a random suffix).</summary>
    string Identity { get; }

    /// <summary>
    /// The current record and its raw form (compared to notice any change, even one that keeps the same holder),
    /// or null when the lock object does not exist.
    /// </summary>
    Task<(LeaderElectionRecord Record, string Raw)?> GetAsync(CancellationToken cancellationToken);

    /// <summary>Creates the lock object with <paramref name="record"/>; fails if it exists.</summary>
    Task CreateAsync(LeaderElectionRecord record, CancellationToken cancellationToken);

    /// <summary>Replaces the record, guarded by the version last read; fails on a conflict.</summary>
    Task UpdateAsync(LeaderElectionRecord record, CancellationToken cancellationToken);

    /// <summary>Records an event on the lock object ("became leader", "stopped leading").</summary>
    void RecordEvent(string message);

    /// <summary>The lock for logs: <c>kube-system/kube-scheduler</c>.</summary>
    string Describe();
}
