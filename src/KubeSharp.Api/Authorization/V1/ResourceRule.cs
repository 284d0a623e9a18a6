using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Authorization.V1;

public sealed class ResourceRule : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Verbs { get; set; } = [];

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? APIGroups { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Resources { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? ResourceNames { get; set; }
}
