namespace KubeSharp.Scheduler.Framework;

/// <summary>What a failed scheduling attempt found (upstream's framework.Diagnosis).</summary>
public sealed class Diagnosis
{
    public NodeToStatus NodeToStatus { get; init; } = new();

    public HashSet<string> UnschedulablePlugins { get; } = new(StringComparer.Ordinal);

    public HashSet<string> PendingPlugins { get; } = new(StringComparer.Ordinal);

    /// <summary>The PreFilter rejection message, when PreFilter rejected the pod.</summary>
    public string PreFilterMsg { get; set; } = "";

    /// <summary>The PostFilter (preemption) message.</summary>
    public string PostFilterMsg { get; set; } = "";

    /// <summary>Records a rejecting plugin in the right set (pending or unschedulable).</summary>
    public void AddPlugin(Status status)
    {
        if (string.IsNullOrEmpty(status.Plugin))
        {
            return;
        }

        if (status.Code == Code.Pending)
        {
            PendingPlugins.Add(status.Plugin);
        }
        else
        {
            UnschedulablePlugins.Add(status.Plugin);
        }
    }
}
