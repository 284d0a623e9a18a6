namespace KubeSharp.Api.Core.V1;

/// <summary>Whether a volume is used as a raw block device or holds a filesystem.</summary>
public static class PersistentVolumeMode
{
    public const string Block = "Block";
    public const string Filesystem = "Filesystem";
}
