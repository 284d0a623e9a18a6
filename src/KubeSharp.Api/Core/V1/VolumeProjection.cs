namespace KubeSharp.Api.Core.V1;

/// <summary>One source of a projected volume; exactly one member is set.</summary>
public sealed class VolumeProjection : KubeModel
{
    public SecretProjection? Secret { get; set; }

    public DownwardAPIProjection? DownwardAPI { get; set; }

    public ConfigMapProjection? ConfigMap { get; set; }

    public ServiceAccountTokenProjection? ServiceAccountToken { get; set; }

    public ClusterTrustBundleProjection? ClusterTrustBundle { get; set; }
}
