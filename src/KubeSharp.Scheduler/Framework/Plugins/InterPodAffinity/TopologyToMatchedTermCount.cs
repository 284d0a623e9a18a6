using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework.Plugins.Helper;

namespace KubeSharp.Scheduler.Framework.Plugins.InterPodAffinity;

/// <summary>How many matching pods each topology domain holds (upstream's topologyToMatchedTermCount).</summary>
internal sealed class TopologyToMatchedTermCount : Dictionary<TopologyPair, long>
{
    public TopologyToMatchedTermCount()
    {
    }

    private TopologyToMatchedTermCount(TopologyToMatchedTermCount other)
        : base(other)
    {
    }

    public TopologyToMatchedTermCount Clone() => new(this);

    public void Update(Node node, string topologyKey, long value)
    {
        if (node.Metadata.Labels is { } labels && labels.TryGetValue(topologyKey, out var topologyValue))
        {
            var pair = new TopologyPair(topologyKey, topologyValue);
            var count = (TryGetValue(pair, out var existing) ? existing : 0) + value;
            if (count == 0)
            {
                Remove(pair);
            }
            else
            {
                this[pair] = count;
            }
        }
    }

    /// <summary>Counts the target pod in every term's domain, but only when it matches all the terms (affinity).</summary>
    public void UpdateWithAffinityTerms(IReadOnlyList<AffinityTerm> terms, Pod pod, IReadOnlyDictionary<string, string>? nsLabels, Node node, long value)
    {
        if (!PodMatchesAllAffinityTerms(terms, pod, nsLabels))
        {
            return;
        }

        foreach (var term in terms)
        {
            Update(node, term.TopologyKey, value);
        }
    }

    /// <summary>Counts the target pod in the domain of each anti-affinity term it matches.</summary>
    public void UpdateWithAntiAffinityTerms(IReadOnlyList<AffinityTerm> terms, Pod pod, IReadOnlyDictionary<string, string>? nsLabels, Node node, long value)
    {
        foreach (var term in terms)
        {
            if (term.Matches(pod, nsLabels))
            {
                Update(node, term.TopologyKey, value);
            }
        }
    }

    public static bool PodMatchesAllAffinityTerms(IReadOnlyList<AffinityTerm> terms, Pod pod, IReadOnlyDictionary<string, string>? nsLabels)
    {
        if (terms.Count == 0)
        {
            return false;
        }

        foreach (var term in terms)
        {
            if (!term.Matches(pod, nsLabels))
            {
                return false;
            }
        }

        return true;
    }
}
