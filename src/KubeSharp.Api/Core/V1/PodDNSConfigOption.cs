namespace KubeSharp.Api.Core.V1;

/// <summary>A resolver option such as ndots:2.</summary>
public sealed class PodDNSConfigOption : KubeModel
{
    /// <summary>Required, though upstream marks it omitempty.</summary>
    public string? Name { get; set; }

    public string? Value { get; set; }
}
