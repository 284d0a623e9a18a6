using KubeSharp.Api.Metrics.V1Beta1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>metrics.k8s.io/v1beta1, the resource metrics API metrics-server serves (read-only).</summary>
internal sealed class MetricsV1Beta1 : ISchemeRegistration
{
    private static readonly IReadOnlyList<string> GetList = [Verbs.Get, Verbs.List];

    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<NodeMetrics>("nodes", ResourceScope.Cluster, verbs: GetList);
        scheme.Add<PodMetrics>("pods", ResourceScope.Namespaced, verbs: GetList);
    }
}
