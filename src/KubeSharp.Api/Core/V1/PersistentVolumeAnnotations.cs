namespace KubeSharp.Api.Core.V1;

/// <summary>Annotations on PersistentVolumes that predate fields.</summary>
public static class PersistentVolumeAnnotations
{
    /// <summary>The beta StorageClass annotation, still honoured for compatibility.</summary>
    public const string BetaStorageClass = "volume.beta.kubernetes.io/storage-class";

    public const string MountOptions = "volume.beta.kubernetes.io/mount-options";
}
