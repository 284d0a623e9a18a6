using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>An entry of the pod's /etc/hosts.</summary>
public sealed class HostAlias : KubeModel
{
    public string IP { get; set; } = "";

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Hostnames { get; set; }
}
