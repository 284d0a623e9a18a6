namespace KubeSharp.Storage;

/// <summary>The outcome of a delete.</summary>
/// <param name="PrevKv">The version that was deleted.</param>
/// <param name="Revision">The revision of the delete itself.</param>
public sealed record DeleteResult(KeyValue PrevKv, long Revision);
