using System.Text;

namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// A pod fits no node (upstream's framework.FitError). Its message is the one users read in
/// <c>kubectl describe pod</c>: "0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu},
/// 2 Insufficient cpu. preemption: …".
/// </summary>
public sealed class FitError
{
    /// <summary>Upstream's NoNodeAvailableMsg.</summary>
    public const string NoNodeAvailableFormat = "0/{0} nodes are available";

    public FitError(Api.Core.V1.Pod pod, int numAllNodes, Diagnosis diagnosis)
    {
        Pod = pod;
        NumAllNodes = numAllNodes;
        Diagnosis = diagnosis;
    }

    public Api.Core.V1.Pod Pod { get; }

    public int NumAllNodes { get; }

    public Diagnosis Diagnosis { get; }

    /// <summary>
    /// Upstream's FitError.Error: the PreFilter message when PreFilter rejected the pod, otherwise a histogram
    /// of node reasons sorted as strings ("1 node(s) …, 2 Insufficient cpu"), then the PostFilter message.
    /// </summary>
    public string Message
    {
        get
        {
            var message = new StringBuilder();
            message.Append("0/").Append(NumAllNodes).Append(" nodes are available:");
            if (Diagnosis.PreFilterMsg.Length > 0)
            {
                message.Append(' ').Append(Diagnosis.PreFilterMsg).Append('.');
            }
            else
            {
                var histogram = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (_, status) in Diagnosis.NodeToStatus.Entries)
                {
                    foreach (var reason in status.Reasons)
                    {
                        histogram[reason] = histogram.GetValueOrDefault(reason) + 1;
                    }
                }

                var absent = NumAllNodes - Diagnosis.NodeToStatus.Count;
                if (absent > 0)
                {
                    foreach (var reason in Diagnosis.NodeToStatus.AbsentNodesStatus.Reasons)
                    {
                        histogram[reason] = histogram.GetValueOrDefault(reason) + absent;
                    }
                }

                var parts = new List<string>(histogram.Count);
                foreach (var (reason, count) in histogram)
                {
                    parts.Add($"{count} {reason}");
                }

                // Go's sort.Strings: byte-wise ordering of the whole "N reason" strings.
                parts.Sort(StringComparer.Ordinal);
                if (parts.Count > 0)
                {
                    message.Append(' ').Append(string.Join(", ", parts)).Append('.');
                }
            }

            if (Diagnosis.PostFilterMsg.Length > 0)
            {
                // The preemption message is itself a fit error ending in '.'; v1.33 clusters print one period
                // ("… preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."), where
                // older releases printed two.
                message.Append(' ').Append(Diagnosis.PostFilterMsg.TrimEnd('.')).Append('.');
            }

            return message.ToString();
        }
    }

    public override string ToString() => Message;
}
