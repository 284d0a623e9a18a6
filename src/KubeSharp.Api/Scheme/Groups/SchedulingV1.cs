using KubeSharp.Api.Scheduling.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>scheduling.k8s.io/v1.</summary>
internal sealed class SchedulingV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<PriorityClass>("priorityclasses", ResourceScope.Cluster, shortNames: ["pc"]);
    }
}
