namespace KubeSharp.Api.Core.V1;

/// <summary>A port a Service exposes and where it sends the traffic.</summary>
public sealed class ServicePort : KubeModel
{
    /// <summary>Required when there is more than one port; matches EndpointPort.name.</summary>
    public string? Name { get; set; }

    /// <summary>One of <see cref="V1.Protocol"/>; TCP by default.</summary>
    public string? Protocol { get; set; }

    /// <summary>An IANA service name or a prefixed name such as kubernetes.io/h2c.</summary>
    public string? AppProtocol { get; set; }

    public int Port { get; set; }

    /// <summary>A number or a named container port; defaults to port.</summary>
    public IntOrString? TargetPort { get; set; }

    public int? NodePort { get; set; }
}
