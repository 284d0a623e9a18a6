namespace KubeSharp.Storage;

/// <summary>A batch of events, or a progress notification when <see cref="Events"/> is empty.</summary>
/// <param name="Events">Events in revision order, each delivered exactly once per watch.</param>
/// <param name="Revision">
/// Every event of this watch with a revision up to and including this one has now been delivered. For a
/// progress notification this is how far the (idle) watch has caught up, so a consumer may treat it as a
/// bookmark; this is a stronger promise than etcd's response header, and every backend keeps it.
/// </param>
public sealed record WatchResponse(IReadOnlyList<WatchEvent> Events, long Revision)
{
    /// <summary>True for a progress notification: no events, only the revision.</summary>
    public bool IsProgressNotify => Events.Count == 0;
}
