using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Authorization.V1;

public sealed class NonResourceRule : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Verbs { get; set; } = [];

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? NonResourceURLs { get; set; }
}
