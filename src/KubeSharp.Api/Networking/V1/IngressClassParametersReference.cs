using System.Text.Json.Serialization;

namespace KubeSharp.Api.Networking.V1;

public sealed class IngressClassParametersReference : KubeModel
{
    public string? APIGroup { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>
    /// "Cluster" (the default) or "Namespace"; see <see cref="IngressClassParametersReferenceScope"/>.
    /// Written even when null: upstream's pointer has no omitempty.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Scope { get; set; }

    public string? Namespace { get; set; }
}
