namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// Why each node was rejected (upstream's framework.NodeToStatus). Nodes not in the map share
/// <see cref="AbsentNodesStatus"/>: rejected at PreFilter, or filtered out by a PreFilter result.
/// </summary>
public sealed class NodeToStatus
{
    private readonly Dictionary<string, Status> _statuses = new(StringComparer.Ordinal);

    public Status AbsentNodesStatus { get; set; } = new(Code.UnschedulableAndUnresolvable);

    public int Count => _statuses.Count;

    public IEnumerable<KeyValuePair<string, Status>> Entries => _statuses;

    public void Set(string nodeName, Status status) => _statuses[nodeName] = status;

    /// <summary>The node's status, or the absent-node status when it has none.</summary>
    public Status Get(string nodeName) => _statuses.TryGetValue(nodeName, out var status) ? status : AbsentNodesStatus;

    public bool TryGet(string nodeName, out Status status) => _statuses.TryGetValue(nodeName, out status!);
}
