namespace KubeSharp.Storage;

/// <summary>One change, as etcd's <c>mvccpb.Event</c>.</summary>
/// <param name="Type">Put or delete.</param>
/// <param name="Kv">The new version; for a delete, the key with the delete's revision and no value.</param>
/// <param name="PrevKv">The version before this change, when the watch asked for it and the key existed.</param>
public sealed record WatchEvent(WatchEventType Type, KeyValue Kv, KeyValue? PrevKv)
{
    /// <summary>The revision of this change.</summary>
    public long Revision => Kv.ModRevision;
}
