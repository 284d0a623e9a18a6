namespace KubeSharp.Api.Core.V1;

/// <summary>A Quobyte volume.</summary>
public sealed class QuobyteVolumeSource : KubeModel
{
    /// <summary>host:port of one or more registries, comma-separated.</summary>
    public string Registry { get; set; } = "";

    public string Volume { get; set; } = "";

    public bool? ReadOnly { get; set; }

    public string? User { get; set; }

    public string? Group { get; set; }

    public string? Tenant { get; set; }
}
