using KubeSharp.Api.Core.V1;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// A pod with what the scheduler derives from it once: parsed affinity terms and computed requests
/// (upstream's framework.PodInfo, which also caches the calculated resources).
/// </summary>
public sealed class PodInfo
{
    private static readonly AffinityTerm[] NoTerms = [];
    private static readonly WeightedAffinityTerm[] NoWeighted = [];

    public PodInfo(Pod pod)
    {
        Update(pod);
    }

    public Pod Pod { get; private set; } = null!;

    public IReadOnlyList<AffinityTerm> RequiredAffinityTerms { get; private set; } = NoTerms;

    public IReadOnlyList<AffinityTerm> RequiredAntiAffinityTerms { get; private set; } = NoTerms;

    public IReadOnlyList<WeightedAffinityTerm> PreferredAffinityTerms { get; private set; } = NoWeighted;

    public IReadOnlyList<WeightedAffinityTerm> PreferredAntiAffinityTerms { get; private set; } = NoWeighted;

    /// <summary>Set when a term's selector does not parse; the pod cannot be scheduled until fixed.</summary>
    public string? ParseError { get; private set; }

    /// <summary>The pod's effective requests (<see cref="PodRequests.Compute(Pod)"/>).</summary>
    public Resource Requests { get; private set; } = null!;

    /// <summary>The requests scoring uses (<see cref="PodRequests.ComputeNonZero"/>).</summary>
    public Resource NonZeroRequests { get; private set; } = null!;

    /// <summary>The key the scheduler tracks pods by: the UID, or namespace/name for objects without one.</summary>
    public string Key => KeyOf(Pod);

    public static string KeyOf(Pod pod) =>
        pod.Metadata.Uid is { Length: > 0 } uid ? uid : $"{pod.Metadata.Namespace}/{pod.Metadata.Name}";

    /// <summary>Re-derives everything from a new version of the pod (upstream's PodInfo.Update).</summary>
    public void Update(Pod pod)
    {
        Pod = pod;
        Requests = PodRequests.Compute(pod);
        NonZeroRequests = PodRequests.ComputeNonZero(pod);
        ParseError = null;
        var affinity = pod.Spec.Affinity;
        RequiredAffinityTerms = ParseTerms(pod, affinity?.PodAffinity?.RequiredDuringSchedulingIgnoredDuringExecution);
        RequiredAntiAffinityTerms = ParseTerms(pod, affinity?.PodAntiAffinity?.RequiredDuringSchedulingIgnoredDuringExecution);
        PreferredAffinityTerms = ParseWeighted(pod, affinity?.PodAffinity?.PreferredDuringSchedulingIgnoredDuringExecution);
        PreferredAntiAffinityTerms = ParseWeighted(pod, affinity?.PodAntiAffinity?.PreferredDuringSchedulingIgnoredDuringExecution);
    }

    /// <summary>Upstream's GetPodAffinityTerms parsing: an empty namespace list and no selector mean the pod's namespace.</summary>
    private AffinityTerm[] ParseTerms(Pod pod, List<PodAffinityTerm>? terms)
    {
        if (terms is not { Count: > 0 })
        {
            return NoTerms;
        }

        var result = new List<AffinityTerm>(terms.Count);
        foreach (var term in terms)
        {
            if (TryParse(pod, term, out var parsed))
            {
                result.Add(parsed);
            }
        }

        return [.. result];
    }

    private WeightedAffinityTerm[] ParseWeighted(Pod pod, List<WeightedPodAffinityTerm>? terms)
    {
        if (terms is not { Count: > 0 })
        {
            return NoWeighted;
        }

        var result = new List<WeightedAffinityTerm>(terms.Count);
        foreach (var term in terms)
        {
            if (TryParse(pod, term.PodAffinityTerm, out var parsed))
            {
                result.Add(new WeightedAffinityTerm(parsed, term.Weight));
            }
        }

        return [.. result];
    }

    private bool TryParse(Pod pod, PodAffinityTerm term, out AffinityTerm parsed)
    {
        parsed = null!;
        if (!LabelSelectors.TryToSelector(term.LabelSelector, out var selector, out var error))
        {
            ParseError = error;
            return false;
        }

        var namespaceSelector = Selector.Nothing;
        if (term.NamespaceSelector is not null
            && !LabelSelectors.TryToSelector(term.NamespaceSelector, out namespaceSelector, out error))
        {
            ParseError = error;
            return false;
        }

        HashSet<string> namespaces;
        if (term.Namespaces is { Count: > 0 })
        {
            namespaces = new HashSet<string>(term.Namespaces, StringComparer.Ordinal);
        }
        else
        {
            namespaces = new HashSet<string>(StringComparer.Ordinal);
            if (term.NamespaceSelector is null)
            {
                namespaces.Add(pod.Metadata.Namespace ?? "");
            }
        }

        parsed = new AffinityTerm
        {
            Namespaces = namespaces,
            Selector = selector,
            TopologyKey = term.TopologyKey,
            NamespaceSelector = namespaceSelector,
        };
        return true;
    }
}
