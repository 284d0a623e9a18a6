using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>An HTTP GET against the container, successful for status 200-399.</summary>
public sealed class HTTPGetAction : KubeModel
{
    public string? Path { get; set; }

    /// <summary>A number (1-65535) or a named container port.</summary>
    public IntOrString Port { get; set; }

    /// <summary>Defaults to the pod IP.</summary>
    public string? Host { get; set; }

    /// <summary>One of <see cref="URIScheme"/>; HTTP by default.</summary>
    public string? Scheme { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<HTTPHeader>? HTTPHeaders { get; set; }
}
