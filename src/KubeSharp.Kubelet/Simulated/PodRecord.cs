namespace KubeSharp.Kubelet.Simulated;

/// <summary>What the simulated kubelet started for one pod: its sandbox and, per container, the latest attempt.</summary>
internal sealed class PodRecord(string key, string uid, SimulatedNode node, string sandboxId)
{
    public string Key { get; } = key;

    public string Uid { get; } = uid;

    public SimulatedNode Node { get; } = node;

    public string SandboxId { get; } = sandboxId;

    /// <summary>When the kubelet first saw the pod (its status' startTime).</summary>
    public DateTimeOffset? StartTime { get; set; }

    public Dictionary<string, ContainerRecord> Containers { get; } = new(StringComparer.Ordinal);

    public ContainerRecord Container(string name)
    {
        if (!Containers.TryGetValue(name, out var record))
        {
            record = new ContainerRecord();
            Containers[name] = record;
        }

        return record;
    }
}
