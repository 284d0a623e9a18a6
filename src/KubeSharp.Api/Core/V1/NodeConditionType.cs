namespace KubeSharp.Api.Core.V1;

/// <summary>The built-in node condition types.</summary>
public static class NodeConditionType
{
    /// <summary>The kubelet is healthy and ready to accept pods.</summary>
    public const string Ready = "Ready";

    public const string MemoryPressure = "MemoryPressure";
    public const string DiskPressure = "DiskPressure";
    public const string PIDPressure = "PIDPressure";
    public const string NetworkUnavailable = "NetworkUnavailable";
}
