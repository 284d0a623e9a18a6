using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>The port of a daemon on the node.</summary>
public sealed class DaemonEndpoint : KubeModel
{
    /// <summary>Capitalised on the wire (<c>Port</c>): an old untagged field upstream keeps for compatibility.</summary>
    [JsonPropertyName("Port")]
    public int Port { get; set; }
}
