namespace KubeSharp.Api.Core.V1;

/// <summary>When the kubelet changes a volume's ownership to the pod's fsGroup.</summary>
public static class PodFSGroupChangePolicy
{
    public const string OnRootMismatch = "OnRootMismatch";

    /// <summary>On every mount (the default).</summary>
    public const string Always = "Always";
}
