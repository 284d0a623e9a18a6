using KubeSharp.Api.Core.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>The core group, version v1 (upstream's pkg/apis/core and the discovery document at /api/v1).</summary>
internal sealed class CoreV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<ConfigMap>("configmaps", ResourceScope.Namespaced, shortNames: ["cm"]);
    }
}
