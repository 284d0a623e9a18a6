namespace KubeSharp.Api.Core.V1;

/// <summary>Values of a Service's trafficDistribution.</summary>
public static class ServiceTrafficDistribution
{
    /// <summary>Prefer topologically close endpoints (same zone, typically).</summary>
    public const string PreferClose = "PreferClose";

    public const string PreferSameZone = "PreferSameZone";

    public const string PreferSameNode = "PreferSameNode";
}
