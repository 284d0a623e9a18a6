using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>The paths served at the root, such as /api, /apis, /healthz.</summary>
public sealed class RootPaths : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Paths { get; set; } = [];
}
