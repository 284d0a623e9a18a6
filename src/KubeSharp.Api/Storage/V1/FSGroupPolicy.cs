namespace KubeSharp.Api.Storage.V1;

/// <summary>Whether and how kubelet applies a pod's fsGroup to a CSI volume.</summary>
public static class FSGroupPolicy
{
    public const string ReadWriteOnceWithFSType = "ReadWriteOnceWithFSType";

    public const string File = "File";

    public const string None = "None";
}
