using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Discovery.V1;

[StructType(StructTypeAttribute.Atomic)]
public sealed class EndpointPort : KubeModel
{
    public string? Name { get; set; }

    /// <summary>TCP (the default), UDP or SCTP.</summary>
    public string? Protocol { get; set; }

    public int? Port { get; set; }

    public string? AppProtocol { get; set; }
}
