namespace KubeSharp.Api.Core.V1;

/// <summary>The state of one port of a load balancer.</summary>
public sealed class PortStatus : KubeModel
{
    /// <summary>The error value when the cloud cannot mix protocols on one load balancer.</summary>
    public const string MixedProtocolNotSupported = "MixedProtocolNotSupported";

    public int Port { get; set; }

    /// <summary>One of <see cref="V1.Protocol"/>; always written.</summary>
    public string Protocol { get; set; } = "";

    /// <summary>A CamelCase value, or a prefixed one for cloud-specific errors.</summary>
    public string? Error { get; set; }
}
