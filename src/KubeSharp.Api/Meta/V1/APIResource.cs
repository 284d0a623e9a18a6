using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>One resource (or subresource, named "pods/status") of a group version in legacy discovery.</summary>
public sealed class APIResource : KubeModel
{
    /// <summary>The plural name, or "resource/subresource".</summary>
    public string Name { get; set; } = "";

    public string SingularName { get; set; } = "";

    public bool Namespaced { get; set; }

    /// <summary>Set when it differs from the list's group, as for pods/eviction (policy).</summary>
    public string? Group { get; set; }

    public string? Version { get; set; }

    public string Kind { get; set; } = "";

    public List<string> Verbs { get; set; } = [];

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? ShortNames { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Categories { get; set; }

    public string? StorageVersionHash { get; set; }
}
