using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>
/// What backs a PersistentVolume; exactly one member is set. Upstream inlines it into
/// <see cref="PersistentVolumeSpec"/>, which derives from it here.
/// </summary>
public class PersistentVolumeSource : KubeModel
{
    public GCEPersistentDiskVolumeSource? GCEPersistentDisk { get; set; }

    public AWSElasticBlockStoreVolumeSource? AWSElasticBlockStore { get; set; }

    public HostPathVolumeSource? HostPath { get; set; }

    public GlusterfsPersistentVolumeSource? Glusterfs { get; set; }

    public NFSVolumeSource? NFS { get; set; }

    public RBDPersistentVolumeSource? RBD { get; set; }

    public ISCSIPersistentVolumeSource? ISCSI { get; set; }

    public CinderPersistentVolumeSource? Cinder { get; set; }

    [JsonPropertyName("cephfs")]
    public CephFSPersistentVolumeSource? CephFS { get; set; }

    public FCVolumeSource? FC { get; set; }

    public FlockerVolumeSource? Flocker { get; set; }

    public FlexPersistentVolumeSource? FlexVolume { get; set; }

    public AzureFilePersistentVolumeSource? AzureFile { get; set; }

    public VsphereVirtualDiskVolumeSource? VsphereVolume { get; set; }

    public QuobyteVolumeSource? Quobyte { get; set; }

    public AzureDiskVolumeSource? AzureDisk { get; set; }

    public PhotonPersistentDiskVolumeSource? PhotonPersistentDisk { get; set; }

    public PortworxVolumeSource? PortworxVolume { get; set; }

    public ScaleIOPersistentVolumeSource? ScaleIO { get; set; }

    public LocalVolumeSource? Local { get; set; }

    [JsonPropertyName("storageos")]
    public StorageOSPersistentVolumeSource? StorageOS { get; set; }

    public CSIPersistentVolumeSource? CSI { get; set; }
}
