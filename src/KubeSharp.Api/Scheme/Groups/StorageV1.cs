using KubeSharp.Api.Storage.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>storage.k8s.io/v1.</summary>
internal sealed class StorageV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<CSIDriver>("csidrivers", ResourceScope.Cluster);
        scheme.Add<CSINode>("csinodes", ResourceScope.Cluster);
        scheme.Add<StorageClass>("storageclasses", ResourceScope.Cluster, shortNames: ["sc"]);
        scheme.Add<VolumeAttachment>("volumeattachments", ResourceScope.Cluster, subresources: [SubresourceMapping.Status]);
    }
}
