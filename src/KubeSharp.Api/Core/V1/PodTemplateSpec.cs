using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Core.V1;

/// <summary>The metadata and spec of pods a controller creates.</summary>
public sealed class PodTemplateSpec : KubeModel
{
    public ObjectMeta Metadata { get; set; } = new();

    public PodSpec Spec { get; set; } = new();
}
