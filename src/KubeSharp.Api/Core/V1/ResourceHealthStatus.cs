namespace KubeSharp.Api.Core.V1;

/// <summary>Values of <see cref="ResourceHealth.Health"/>.</summary>
public static class ResourceHealthStatus
{
    public const string Healthy = "Healthy";
    public const string Unhealthy = "Unhealthy";
    public const string Unknown = "Unknown";
}
