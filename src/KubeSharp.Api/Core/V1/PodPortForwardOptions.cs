using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The query options of a pod's portforward subresource over WebSockets.</summary>
[Kind("", "v1", "PodPortForwardOptions")]
public sealed class PodPortForwardOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<int>? Ports { get; set; }
}
