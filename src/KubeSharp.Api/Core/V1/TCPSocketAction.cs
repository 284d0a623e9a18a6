namespace KubeSharp.Api.Core.V1;

/// <summary>Opening a TCP connection to the container.</summary>
public sealed class TCPSocketAction : KubeModel
{
    /// <summary>A number (1-65535) or a named container port.</summary>
    public IntOrString Port { get; set; }

    /// <summary>Defaults to the pod IP.</summary>
    public string? Host { get; set; }
}
