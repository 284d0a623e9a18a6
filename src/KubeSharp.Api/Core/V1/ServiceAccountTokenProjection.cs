namespace KubeSharp.Api.Core.V1;

/// <summary>A bound service account token written into a projected volume and rotated by the kubelet.</summary>
public sealed class ServiceAccountTokenProjection : KubeModel
{
    /// <summary>Defaults to the API server's identifier.</summary>
    public string? Audience { get; set; }

    /// <summary>Defaults to one hour; at least ten minutes.</summary>
    public long? ExpirationSeconds { get; set; }

    public string Path { get; set; } = "";
}
