using System.Text.Json.Serialization;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api;

/// <summary>Base of every top-level kind: TypeMeta (kind, apiVersion) inline, then metadata.</summary>
/// <remarks>
/// The order attributes put these first on the wire, in upstream's order (Go writes struct fields in
/// declaration order: TypeMeta's kind and apiVersion, then metadata, spec, status); without them the
/// serializer would write a derived type's own properties before its base's.
/// </remarks>
public abstract class KubeObject : KubeModel, IKubernetesObject
{
    [JsonPropertyOrder(-2)]
    public string? ApiVersion { get; set; }

    [JsonPropertyOrder(-3)]
    public string? Kind { get; set; }

    [JsonPropertyOrder(-1)]
    public ObjectMeta Metadata { get; set; } = new();
}
