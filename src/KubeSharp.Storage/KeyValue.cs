namespace KubeSharp.Storage;

/// <summary>
/// One version of a key, as etcd's <c>mvccpb.KeyValue</c>: the value plus the revisions that order it.
/// </summary>
/// <remarks>
/// <see cref="CreateRevision"/> is the revision that created the key (reset when it is deleted and created
/// again), <see cref="ModRevision"/> the revision of this version, <see cref="Version"/> counts writes since
/// creation (1 for a new key). A deleted key appears only in watch events: its <see cref="ModRevision"/> is
/// the delete's revision and its <see cref="Version"/>, <see cref="CreateRevision"/> and value are zero/empty.
/// The value buffer is never mutated by the store; callers must not mutate it either.
/// </remarks>
public sealed class KeyValue
{
    public KeyValue(string key, ReadOnlyMemory<byte> value, long createRevision, long modRevision, long version, long lease)
    {
        Key = key;
        Value = value;
        CreateRevision = createRevision;
        ModRevision = modRevision;
        Version = version;
        Lease = lease;
    }

    public string Key { get; }

    public ReadOnlyMemory<byte> Value { get; }

    public long CreateRevision { get; }

    public long ModRevision { get; }

    public long Version { get; }

    /// <summary>The lease the key is attached to, or 0.</summary>
    public long Lease { get; }

    public override string ToString() =>
        $"{Key}@{ModRevision} (create {CreateRevision}, version {Version}, lease {Lease}, {Value.Length} bytes)";
}
