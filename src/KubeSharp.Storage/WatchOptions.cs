namespace KubeSharp.Storage;

/// <summary>What to watch and from where.</summary>
public sealed record WatchOptions
{
    public WatchOptions(string key)
    {
        Key = key;
    }

    /// <summary>The key, or with <see cref="Prefix"/> the prefix, to watch; "" with prefix watches everything.</summary>
    public string Key { get; init; }

    /// <summary>Watch every key that starts with <see cref="Key"/>.</summary>
    public bool Prefix { get; init; }

    /// <summary>
    /// First revision to deliver (inclusive, as etcd's <c>start_revision</c>); 0 starts after the current
    /// revision. A start revision at or below the compacted revision fails with <see cref="CompactedException"/>;
    /// a future one waits for it.
    /// </summary>
    public long StartRevision { get; init; }

    /// <summary>Fill <see cref="WatchEvent.PrevKv"/> (as etcd's <c>prev_kv</c>).</summary>
    public bool PrevKv { get; init; }

    /// <summary>Send a progress notification when the watch has been idle for the backend's interval.</summary>
    public bool ProgressNotify { get; init; }
}
