namespace KubeSharp.Api.Core.V1;

/// <summary>What a LimitRange item applies to (or a fully qualified resource name).</summary>
public static class LimitType
{
    public const string Pod = "Pod";
    public const string Container = "Container";
    public const string PersistentVolumeClaim = "PersistentVolumeClaim";
}
