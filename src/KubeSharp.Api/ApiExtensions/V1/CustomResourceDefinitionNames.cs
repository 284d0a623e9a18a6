using KubeSharp.Api.Fields;

namespace KubeSharp.Api.ApiExtensions.V1;

public sealed class CustomResourceDefinitionNames : KubeModel
{
    public string Plural { get; set; } = "";

    public string? Singular { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? ShortNames { get; set; }

    public string Kind { get; set; } = "";

    public string? ListKind { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Categories { get; set; }
}
