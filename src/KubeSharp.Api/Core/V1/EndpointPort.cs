using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>One endpoint port.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class EndpointPort : KubeModel
{
    /// <summary>Matches the ServicePort's name.</summary>
    public string? Name { get; set; }

    public int Port { get; set; }

    public string? Protocol { get; set; }

    public string? AppProtocol { get; set; }
}
