using KubeSharp.Api.NodeApi.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>node.k8s.io/v1.</summary>
internal sealed class NodeV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<RuntimeClass>("runtimeclasses", ResourceScope.Cluster);
    }
}
