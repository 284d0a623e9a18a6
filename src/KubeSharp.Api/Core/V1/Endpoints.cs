using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The addresses and ports behind a Service (superseded by discovery/v1 EndpointSlice).</summary>
[Kind("", "v1", "Endpoints")]
public sealed class Endpoints : KubeObject
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<EndpointSubset>? Subsets { get; set; }
}
