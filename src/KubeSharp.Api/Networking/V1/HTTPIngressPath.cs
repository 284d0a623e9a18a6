using System.Text.Json.Serialization;

namespace KubeSharp.Api.Networking.V1;

public sealed class HTTPIngressPath : KubeModel
{
    public string? Path { get; set; }

    /// <summary>
    /// Required; values in the PathType constants.
    /// Written even when null: upstream's pointer has no omitempty.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? PathType { get; set; }

    public IngressBackend Backend { get; set; } = new();
}
