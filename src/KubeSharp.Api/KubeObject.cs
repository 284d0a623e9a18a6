using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api;

/// <summary>Base of every top-level kind: TypeMeta (apiVersion, kind) inline, then metadata.</summary>
public abstract class KubeObject : KubeModel, IKubernetesObject
{
    public string? ApiVersion { get; set; }

    public string? Kind { get; set; }

    public ObjectMeta Metadata { get; set; } = new();
}
