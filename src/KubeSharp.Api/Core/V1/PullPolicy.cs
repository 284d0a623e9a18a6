namespace KubeSharp.Api.Core.V1;

/// <summary>When the kubelet pulls a container image.</summary>
public static class PullPolicy
{
    public const string Always = "Always";
    public const string Never = "Never";
    public const string IfNotPresent = "IfNotPresent";
}
