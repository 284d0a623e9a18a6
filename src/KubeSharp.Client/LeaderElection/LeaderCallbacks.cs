namespace KubeSharp.Client.LeaderElection;

/// <summary>What the elector calls as leadership changes (upstream's <c>LeaderCallbacks</c>).</summary>
public sealed record LeaderCallbacks
{
    /// <summary>Started when this candidate becomes leader; its token is cancelled when leadership is lost.</summary>
    public required Func<CancellationToken, Task> OnStartedLeading { get; init; }

    /// <summary>Called once when the elector stops, whether or not it ever led (as upstream).</summary>
    public required Action OnStoppedLeading { get; init; }

    /// <summary>Called when a different leader is observed (this candidate included), with its identity.</summary>
    public Action<string>? OnNewLeader { get; init; }
}
