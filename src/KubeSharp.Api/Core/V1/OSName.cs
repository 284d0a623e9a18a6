namespace KubeSharp.Api.Core.V1;

/// <summary>Operating systems of <see cref="PodOS"/>.</summary>
public static class OSName
{
    public const string Linux = "linux";
    public const string Windows = "windows";
}
