namespace KubeSharp.Storage;

/// <summary>As etcd's <c>mvccpb.Event_EventType</c>: a key was written or deleted.</summary>
public enum WatchEventType
{
    /// <summary>The key was created (<see cref="KeyValue.Version"/> is 1) or updated.</summary>
    Put,

    /// <summary>The key was deleted, by a delete or by its lease expiring.</summary>
    Delete,
}
