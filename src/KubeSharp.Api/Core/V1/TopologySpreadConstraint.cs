using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Core.V1;

/// <summary>How evenly matching pods must spread over the domains of a topology key.</summary>
public sealed class TopologySpreadConstraint : KubeModel
{
    /// <summary>The largest allowed difference between a domain's count and the global minimum; at least 1.</summary>
    public int MaxSkew { get; set; }

    public string TopologyKey { get; set; } = "";

    /// <summary>One of <see cref="UnsatisfiableConstraintAction"/>.</summary>
    public string WhenUnsatisfiable { get; set; } = "";

    public LabelSelector? LabelSelector { get; set; }

    /// <summary>Below this many eligible domains the global minimum is taken as 0.</summary>
    public int? MinDomains { get; set; }

    /// <summary>One of <see cref="NodeInclusionPolicy"/>; Honor when unset.</summary>
    public string? NodeAffinityPolicy { get; set; }

    /// <summary>One of <see cref="NodeInclusionPolicy"/>; Ignore when unset.</summary>
    public string? NodeTaintsPolicy { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? MatchLabelKeys { get; set; }
}
