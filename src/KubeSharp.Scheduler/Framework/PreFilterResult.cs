namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// Narrows the nodes Filter runs on (upstream's framework.PreFilterResult): null node names means all nodes.
/// </summary>
public sealed class PreFilterResult
{
    public PreFilterResult(IReadOnlySet<string>? nodeNames)
    {
        NodeNames = nodeNames;
    }

    public IReadOnlySet<string>? NodeNames { get; }

    public bool AllNodes => NodeNames is null;

    /// <summary>The intersection of two results (upstream's Merge); null stands for all nodes.</summary>
    public static PreFilterResult? Merge(PreFilterResult? a, PreFilterResult? b)
    {
        if (a is null || a.AllNodes)
        {
            return b;
        }

        if (b is null || b.AllNodes)
        {
            return a;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in a.NodeNames!)
        {
            if (b.NodeNames!.Contains(name))
            {
                names.Add(name);
            }
        }

        return new PreFilterResult(names);
    }
}
