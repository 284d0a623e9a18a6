using KubeSharp.Api.Fields;

namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>Operations on resources a webhook or policy cares about; upstream embeds Rule inline, so its fields are here.</summary>
public sealed class RuleWithOperations : KubeModel
{
    /// <summary>CREATE, UPDATE, DELETE, CONNECT or "*"; see <see cref="OperationType"/>.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Operations { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? APIGroups { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? APIVersions { get; set; }

    /// <summary>"pods", "pods/log", "*", "pods/*", "*/scale" or "*/*".</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Resources { get; set; }

    /// <summary>"Cluster", "Namespaced" or "*" (the default); see <see cref="ScopeType"/>.</summary>
    public string? Scope { get; set; }
}
