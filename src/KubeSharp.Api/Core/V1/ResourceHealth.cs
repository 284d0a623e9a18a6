namespace KubeSharp.Api.Core.V1;

/// <summary>The health of one device.</summary>
public sealed class ResourceHealth : KubeModel
{
    public string ResourceID { get; set; } = "";

    /// <summary>One of <see cref="ResourceHealthStatus"/>.</summary>
    public string? Health { get; set; }
}
