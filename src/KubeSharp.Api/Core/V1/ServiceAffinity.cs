namespace KubeSharp.Api.Core.V1;

/// <summary>Session affinity of a Service.</summary>
public static class ServiceAffinity
{
    public const string ClientIP = "ClientIP";
    public const string None = "None";
}
