using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A port a container listens on.</summary>
public sealed class ContainerPort : KubeModel
{
    /// <summary>An IANA service name, unique in the pod, that services can target.</summary>
    public string? Name { get; set; }

    public int? HostPort { get; set; }

    /// <summary>
    /// Upstream's <c>ContainerPort.ContainerPort</c>, the port on the pod's IP; C# does not allow a member named like
    /// its type.
    /// </summary>
    [JsonPropertyName("containerPort")]
    public int Port { get; set; }

    /// <summary>One of <see cref="V1.Protocol"/>; TCP by default.</summary>
    public string? Protocol { get; set; }

    public string? HostIP { get; set; }
}
