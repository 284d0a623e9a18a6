namespace KubeSharp.Client.Informers;

/// <summary>What happened to an object, as a <see cref="Delta"/> records it (upstream's <c>cache.DeltaType</c>).</summary>
public enum DeltaType
{
    Added,
    Updated,
    Deleted,

    /// <summary>Seen in a re-list after a watch error; it may or may not have changed.</summary>
    Replaced,

    /// <summary>A synthetic re-delivery during periodic resync.</summary>
    Sync,
}
