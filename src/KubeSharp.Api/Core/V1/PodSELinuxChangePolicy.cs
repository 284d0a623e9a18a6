namespace KubeSharp.Api.Core.V1;

/// <summary>How the SELinux label of a pod's volumes is applied.</summary>
public static class PodSELinuxChangePolicy
{
    /// <summary>Relabel every file recursively.</summary>
    public const string Recursive = "Recursive";

    /// <summary>Mount with the -o context option when the volume supports it.</summary>
    public const string MountOption = "MountOption";
}
