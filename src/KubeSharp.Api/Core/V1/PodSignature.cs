using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Core.V1;

/// <summary>Identifies a class of pods by their controller.</summary>
public sealed class PodSignature : KubeModel
{
    public OwnerReference? PodController { get; set; }
}
