using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>Metadata every persisted object has (upstream meta/v1 ObjectMeta).</summary>
public sealed class ObjectMeta : KubeModel
{
    public string? Name { get; set; }

    public string? GenerateName { get; set; }

    public string? Namespace { get; set; }

    public string? SelfLink { get; set; }

    public string? Uid { get; set; }

    public string? ResourceVersion { get; set; }

    public long? Generation { get; set; }

    /// <summary>
    /// Omitted when unset. Upstream's value is a Time struct and so writes <c>"creationTimestamp": null</c> (as in a
    /// template's metadata); clients read null and absent alike, and omitting it keeps user manifests unchanged by a
    /// round trip. Other non-pointer Time fields (condition times, container state times) are written as null.
    /// </summary>
    public DateTimeOffset? CreationTimestamp { get; set; }

    public DateTimeOffset? DeletionTimestamp { get; set; }

    public long? DeletionGracePeriodSeconds { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    public Dictionary<string, string>? Annotations { get; set; }

    [PatchMergeKey("uid")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("uid")]
    public List<OwnerReference>? OwnerReferences { get; set; }

    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Set)]
    public List<string>? Finalizers { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<ManagedFieldsEntry>? ManagedFields { get; set; }
}
