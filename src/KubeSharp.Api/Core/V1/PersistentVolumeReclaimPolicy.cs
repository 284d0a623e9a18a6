namespace KubeSharp.Api.Core.V1;

/// <summary>What happens to a PersistentVolume released by its claim.</summary>
public static class PersistentVolumeReclaimPolicy
{
    /// <summary>Deprecated: scrub and make available again.</summary>
    public const string Recycle = "Recycle";

    public const string Delete = "Delete";

    /// <summary>Keep it Released for an administrator; the default for manually created volumes.</summary>
    public const string Retain = "Retain";
}
