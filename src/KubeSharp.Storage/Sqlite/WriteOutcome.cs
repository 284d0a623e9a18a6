namespace KubeSharp.Storage.Sqlite;

/// <summary>What the writer hands back for a request once its batch is committed.</summary>
/// <param name="Kv">The version written (puts), or the tombstone (deletes).</param>
/// <param name="PrevKv">The version replaced or deleted.</param>
/// <param name="Number">The new revision, or the lease ID, or pages freed: depends on the kind.</param>
internal readonly record struct WriteOutcome(KeyValue? Kv, KeyValue? PrevKv, long Number);
