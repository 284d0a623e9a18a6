using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Rbac.V1;

/// <summary>Describes a rule of a policy; who it applies to and where comes from the binding (rbac/v1 PolicyRule).</summary>
public sealed class PolicyRule : KubeModel
{
    /// <summary>Verbs allowed on every listed resource; "*" means all.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Verbs { get; set; } = [];

    /// <summary>"" is the core group, "*" all groups.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? APIGroups { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Resources { get; set; }

    /// <summary>Names the rule is limited to; empty allows every name.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? ResourceNames { get; set; }

    /// <summary>Partial URLs such as "/healthz" or "/api/*"; only meaningful in ClusterRoles bound cluster-wide.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? NonResourceURLs { get; set; }
}
