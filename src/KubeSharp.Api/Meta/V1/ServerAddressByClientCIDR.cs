namespace KubeSharp.Api.Meta.V1;

/// <summary>The server address a client should use when its IP falls in a CIDR.</summary>
public sealed class ServerAddressByClientCIDR : KubeModel
{
    public string ClientCIDR { get; set; } = "";

    /// <summary>A hostname, hostname:port, IP or IP:port.</summary>
    public string ServerAddress { get; set; } = "";
}
