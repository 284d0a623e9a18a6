using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Discovery.V1;

/// <summary>One backend of a service.</summary>
public sealed class Endpoint : KubeModel
{
    /// <summary>One address for slices the controller generates; kube-proxy reads only the first.</summary>
    [ListType(ListTypeAttribute.Set)]
    public List<string> Addresses { get; set; } = [];

    public EndpointConditions Conditions { get; set; } = new();

    public string? Hostname { get; set; }

    public ObjectReference? TargetRef { get; set; }

    /// <summary>Read-only leftover of v1beta1; writes through v1 are ignored.</summary>
    public Dictionary<string, string>? DeprecatedTopology { get; set; }

    public string? NodeName { get; set; }

    public string? Zone { get; set; }

    public EndpointHints? Hints { get; set; }
}
