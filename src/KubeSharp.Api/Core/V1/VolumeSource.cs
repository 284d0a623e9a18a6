using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>Where a pod volume comes from; exactly one member is set (none means an emptyDir, deprecated).</summary>
public class VolumeSource : KubeModel
{
    public HostPathVolumeSource? HostPath { get; set; }

    public EmptyDirVolumeSource? EmptyDir { get; set; }

    public GCEPersistentDiskVolumeSource? GCEPersistentDisk { get; set; }

    public AWSElasticBlockStoreVolumeSource? AWSElasticBlockStore { get; set; }

    /// <summary>Deprecated upstream: clone in an init container into an emptyDir instead.</summary>
    public GitRepoVolumeSource? GitRepo { get; set; }

    public SecretVolumeSource? Secret { get; set; }

    public NFSVolumeSource? NFS { get; set; }

    public ISCSIVolumeSource? ISCSI { get; set; }

    public GlusterfsVolumeSource? Glusterfs { get; set; }

    public PersistentVolumeClaimVolumeSource? PersistentVolumeClaim { get; set; }

    public RBDVolumeSource? RBD { get; set; }

    public FlexVolumeSource? FlexVolume { get; set; }

    public CinderVolumeSource? Cinder { get; set; }

    [JsonPropertyName("cephfs")]
    public CephFSVolumeSource? CephFS { get; set; }

    public FlockerVolumeSource? Flocker { get; set; }

    public DownwardAPIVolumeSource? DownwardAPI { get; set; }

    public FCVolumeSource? FC { get; set; }

    public AzureFileVolumeSource? AzureFile { get; set; }

    public ConfigMapVolumeSource? ConfigMap { get; set; }

    public VsphereVirtualDiskVolumeSource? VsphereVolume { get; set; }

    public QuobyteVolumeSource? Quobyte { get; set; }

    public AzureDiskVolumeSource? AzureDisk { get; set; }

    public PhotonPersistentDiskVolumeSource? PhotonPersistentDisk { get; set; }

    public ProjectedVolumeSource? Projected { get; set; }

    public PortworxVolumeSource? PortworxVolume { get; set; }

    public ScaleIOVolumeSource? ScaleIO { get; set; }

    [JsonPropertyName("storageos")]
    public StorageOSVolumeSource? StorageOS { get; set; }

    public CSIVolumeSource? CSI { get; set; }

    /// <summary>A PVC created from a template for the pod's lifetime.</summary>
    public EphemeralVolumeSource? Ephemeral { get; set; }

    /// <summary>An OCI image or artifact mounted read-only (feature ImageVolume).</summary>
    public ImageVolumeSource? Image { get; set; }
}
