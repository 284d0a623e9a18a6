namespace KubeSharp.Storage;

/// <summary>A lease and what hangs on it, as etcd's <c>LeaseTimeToLiveResponse</c>.</summary>
/// <param name="Id">The lease.</param>
/// <param name="GrantedTtl">The TTL it was granted with.</param>
/// <param name="RemainingTtl">Time left before it expires and its keys are deleted.</param>
/// <param name="Keys">Keys attached to it, in key order.</param>
public sealed record LeaseStatus(long Id, TimeSpan GrantedTtl, TimeSpan RemainingTtl, IReadOnlyList<string> Keys);
