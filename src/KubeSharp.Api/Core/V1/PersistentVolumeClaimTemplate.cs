using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Core.V1;

/// <summary>The template of an ephemeral volume's PVC: labels and annotations, and the claim spec.</summary>
public sealed class PersistentVolumeClaimTemplate : KubeModel
{
    public ObjectMeta Metadata { get; set; } = new();

    public PersistentVolumeClaimSpec Spec { get; set; } = new();
}
