namespace KubeSharp.Api.Core.V1;

/// <summary>A PVC named &lt;pod&gt;-&lt;volume&gt;, created from a template and owned by the pod.</summary>
public sealed class EphemeralVolumeSource : KubeModel
{
    /// <summary>Required.</summary>
    public PersistentVolumeClaimTemplate? VolumeClaimTemplate { get; set; }
}
