namespace KubeSharp.Storage;

/// <summary>The answer to a <see cref="RangeOptions"/> read.</summary>
/// <param name="Kvs">The key-values in key order (empty for count-only).</param>
/// <param name="More">True when the limit cut the answer short.</param>
/// <param name="Count">How many keys the whole range holds (from the start key), regardless of the limit, as etcd counts.</param>
/// <param name="Revision">The revision the read was served at: pass it back to read the next page consistently.</param>
public sealed record RangeResult(IReadOnlyList<KeyValue> Kvs, bool More, long Count, long Revision);
