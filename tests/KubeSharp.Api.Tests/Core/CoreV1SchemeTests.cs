using KubeSharp.Api.Scheme;

namespace KubeSharp.Api.Tests.Core;

/// <summary>The core/v1 rows of the scheme match what a v1.33 API server lists at /api/v1.</summary>
public sealed class CoreV1SchemeTests
{
    [Theory]
    [InlineData("pods", "Pod", true, "po", true)]
    [InlineData("services", "Service", true, "svc", true)]
    [InlineData("replicationcontrollers", "ReplicationController", true, "rc", true)]
    [InlineData("configmaps", "ConfigMap", true, "cm", false)]
    [InlineData("namespaces", "Namespace", false, "ns", false)]
    [InlineData("nodes", "Node", false, "no", false)]
    [InlineData("persistentvolumes", "PersistentVolume", false, "pv", false)]
    [InlineData("persistentvolumeclaims", "PersistentVolumeClaim", true, "pvc", false)]
    [InlineData("serviceaccounts", "ServiceAccount", true, "sa", false)]
    [InlineData("endpoints", "Endpoints", true, "ep", false)]
    [InlineData("events", "Event", true, "ev", false)]
    [InlineData("limitranges", "LimitRange", true, "limits", false)]
    [InlineData("resourcequotas", "ResourceQuota", true, "quota", false)]
    [InlineData("componentstatuses", "ComponentStatus", false, "cs", false)]
    public void Resource_ShortName_FindsKindScopeAndCategory(string resource, string kind, bool namespaced, string shortName, bool inAll)
    {
        var mapping = KubeScheme.Default.FindByResource(new GroupVersionResource("", "v1", resource));

        Assert.NotNull(mapping);
        Assert.Equal(kind, mapping.Kind.Kind);
        Assert.Equal(namespaced, mapping.Namespaced);
        Assert.Equal(kind.ToLowerInvariant(), mapping.Singular);
        // Contains, not Single: upstream's events.k8s.io/v1 events share the short name "ev".
        Assert.Contains(mapping, KubeScheme.Default.FindByShortName(shortName));
        Assert.Equal(inAll, KubeScheme.Default.FindByCategory("all").Contains(mapping));
    }

    [Theory]
    [InlineData("secrets")]
    [InlineData("podtemplates")]
    [InlineData("bindings")]
    public void Resource_WithoutShortName_HasNone(string resource)
    {
        var mapping = KubeScheme.Default.FindByResource(new GroupVersionResource("", "v1", resource));

        Assert.NotNull(mapping);
        Assert.Empty(mapping.ShortNames);
    }

    [Theory]
    [InlineData("pods", "attach", "create,get", "v1/PodAttachOptions")]
    [InlineData("pods", "binding", "create", "v1/Binding")]
    [InlineData("pods", "ephemeralcontainers", "get,patch,update", "")]
    [InlineData("pods", "eviction", "create", "policy/v1/Eviction")]
    [InlineData("pods", "exec", "create,get", "v1/PodExecOptions")]
    [InlineData("pods", "log", "get", "")]
    [InlineData("pods", "portforward", "create,get", "v1/PodPortForwardOptions")]
    [InlineData("pods", "proxy", "create,delete,get,patch,update", "v1/PodProxyOptions")]
    [InlineData("pods", "resize", "get,patch,update", "")]
    [InlineData("pods", "status", "get,patch,update", "")]
    [InlineData("nodes", "proxy", "create,delete,get,patch,update", "v1/NodeProxyOptions")]
    [InlineData("nodes", "status", "get,patch,update", "")]
    [InlineData("services", "proxy", "create,delete,get,patch,update", "v1/ServiceProxyOptions")]
    [InlineData("services", "status", "get,patch,update", "")]
    [InlineData("namespaces", "finalize", "update", "")]
    [InlineData("namespaces", "status", "get,patch,update", "")]
    [InlineData("replicationcontrollers", "scale", "get,patch,update", "autoscaling/v1/Scale")]
    [InlineData("serviceaccounts", "token", "create", "authentication.k8s.io/v1/TokenRequest")]
    [InlineData("persistentvolumeclaims", "status", "get,patch,update", "")]
    [InlineData("persistentvolumes", "status", "get,patch,update", "")]
    [InlineData("resourcequotas", "status", "get,patch,update", "")]
    public void Subresource_HasUpstreamVerbsAndKind(string resource, string subresource, string verbs, string responseKind)
    {
        var mapping = KubeScheme.Default.FindByResource(new GroupVersionResource("", "v1", resource));

        var found = mapping?.FindSubresource(subresource);

        Assert.NotNull(found);
        Assert.Equal(verbs, string.Join(",", found.Verbs));
        var kind = found.ResponseKind is { } gvk ? gvk.ApiVersion + "/" + gvk.Kind : "";
        Assert.Equal(responseKind, kind);
    }

    [Theory]
    [InlineData("services", "create,delete,get,list,patch,update,watch")]
    [InlineData("namespaces", "create,delete,get,list,patch,update,watch")]
    [InlineData("bindings", "create")]
    [InlineData("componentstatuses", "get,list")]
    [InlineData("pods", "create,delete,deletecollection,get,list,patch,update,watch")]
    public void Resource_Verbs_AreUpstreams(string resource, string verbs)
    {
        var mapping = KubeScheme.Default.FindByResource(new GroupVersionResource("", "v1", resource));

        Assert.NotNull(mapping);
        Assert.Equal(verbs, string.Join(",", mapping.Verbs));
    }

    [Fact]
    public void Binding_HasNoList()
    {
        var mapping = KubeScheme.Default.FindByResource(new GroupVersionResource("", "v1", "bindings"));

        Assert.NotNull(mapping);
        Assert.Null(mapping.ListType);
    }
}
