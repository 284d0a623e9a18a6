namespace KubeSharp.Api.ApiDiscovery.V2;

/// <summary>Values of <see cref="APIVersionDiscovery.Freshness"/>.</summary>
public static class DiscoveryFreshness
{
    public const string Current = "Current";
    public const string Stale = "Stale";
}
