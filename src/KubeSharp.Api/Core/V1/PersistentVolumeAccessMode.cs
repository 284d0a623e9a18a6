namespace KubeSharp.Api.Core.V1;

/// <summary>How a volume can be mounted.</summary>
public static class PersistentVolumeAccessMode
{
    /// <summary>Read-write by one node.</summary>
    public const string ReadWriteOnce = "ReadWriteOnce";

    /// <summary>Read-only by many nodes.</summary>
    public const string ReadOnlyMany = "ReadOnlyMany";

    /// <summary>Read-write by many nodes.</summary>
    public const string ReadWriteMany = "ReadWriteMany";

    /// <summary>Read-write by one pod; cannot be combined with other modes.</summary>
    public const string ReadWriteOncePod = "ReadWriteOncePod";
}
