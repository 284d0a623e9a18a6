namespace KubeSharp.Api.Core.V1;

/// <summary>Not a public type upstream: the allocation bitmap of a range (cluster IPs, node ports).</summary>
[Kind("", "v1", "RangeAllocation")]
public sealed class RangeAllocation : KubeObject
{
    public string Range { get; set; } = "";

    public byte[] Data { get; set; } = [];
}
