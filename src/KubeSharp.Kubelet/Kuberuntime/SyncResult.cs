namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// What one sync of a pod leaves behind: why containers could not start (upstream's reasonCache entries, which become
/// their waiting reason and message), and when to sync again because a back-off ends.
/// </summary>
public sealed class SyncResult
{
    public Dictionary<string, (string Reason, string Message)> Reasons { get; } = new(StringComparer.Ordinal);

    /// <summary>Containers that started fine this time (their cached reasons are cleared).</summary>
    public HashSet<string> Started { get; } = new(StringComparer.Ordinal);

    public TimeSpan? RequeueAfter { get; private set; }

    public void RequeueNoLaterThan(TimeSpan after)
    {
        if (RequeueAfter is null || after < RequeueAfter)
        {
            RequeueAfter = after;
        }
    }
}
