namespace KubeSharp.ApiServer.Endpoints.Discovery;

/// <summary>Which shape a discovery answer takes, negotiated from <c>Accept</c>.</summary>
public enum DiscoveryFormat
{
    /// <summary>APIVersions / APIGroupList / APIGroup / APIResourceList, the original form.</summary>
    Legacy,

    /// <summary>apidiscovery.k8s.io/v2beta1 APIGroupDiscoveryList (kubectl 1.26–1.29).</summary>
    AggregatedV2Beta1,

    /// <summary>apidiscovery.k8s.io/v2 APIGroupDiscoveryList (kubectl 1.30 and later).</summary>
    AggregatedV2,
}
