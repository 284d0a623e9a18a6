using System.Reflection;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Tests.Core;

/// <summary>
/// The patch and apply markers of the fields strategic merge patch and server-side apply depend on most, checked
/// against upstream's struct tags (mergeKey, strategy, listType, listMapKeys; "-" means absent).
/// </summary>
public sealed class FieldMetadataTests
{
    [Theory]
    [InlineData(typeof(PodSpec), nameof(PodSpec.Containers), "name", "merge", "map", "name")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.InitContainers), "name", "merge", "map", "name")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.EphemeralContainers), "name", "merge", "map", "name")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.Volumes), "name", "merge,retainKeys", "map", "name")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.Tolerations), "-", "-", "atomic", "-")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.ImagePullSecrets), "name", "merge", "map", "name")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.HostAliases), "ip", "merge", "map", "ip")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.TopologySpreadConstraints), "topologyKey", "merge", "map", "topologyKey,whenUnsatisfiable")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.ResourceClaims), "name", "merge,retainKeys", "map", "name")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.SchedulingGates), "name", "merge", "map", "name")]
    [InlineData(typeof(Container), nameof(Container.Ports), "containerPort", "merge", "map", "containerPort,protocol")]
    [InlineData(typeof(Container), nameof(Container.Env), "name", "merge", "map", "name")]
    [InlineData(typeof(Container), nameof(Container.EnvFrom), "-", "-", "atomic", "-")]
    [InlineData(typeof(Container), nameof(Container.VolumeMounts), "mountPath", "merge", "map", "mountPath")]
    [InlineData(typeof(Container), nameof(Container.VolumeDevices), "devicePath", "merge", "map", "devicePath")]
    [InlineData(typeof(Container), nameof(Container.Command), "-", "-", "atomic", "-")]
    [InlineData(typeof(EphemeralContainer), nameof(EphemeralContainer.Env), "name", "merge", "map", "name")]
    [InlineData(typeof(PodStatus), nameof(PodStatus.Conditions), "type", "merge", "map", "type")]
    [InlineData(typeof(PodStatus), nameof(PodStatus.PodIPs), "ip", "merge", "map", "ip")]
    [InlineData(typeof(PodStatus), nameof(PodStatus.HostIPs), "ip", "merge", "atomic", "-")]
    [InlineData(typeof(PodStatus), nameof(PodStatus.ContainerStatuses), "-", "-", "atomic", "-")]
    [InlineData(typeof(ContainerStatus), nameof(ContainerStatus.VolumeMounts), "mountPath", "merge", "map", "mountPath")]
    [InlineData(typeof(ResourceRequirements), nameof(ResourceRequirements.Claims), "-", "-", "map", "name")]
    [InlineData(typeof(NodeStatus), nameof(NodeStatus.Conditions), "type", "merge", "map", "type")]
    [InlineData(typeof(NodeStatus), nameof(NodeStatus.Addresses), "type", "merge", "map", "type")]
    [InlineData(typeof(NodeStatus), nameof(NodeStatus.Images), "-", "-", "atomic", "-")]
    [InlineData(typeof(NodeSpec), nameof(NodeSpec.PodCIDRs), "-", "merge", "set", "-")]
    [InlineData(typeof(NodeSpec), nameof(NodeSpec.Taints), "-", "-", "atomic", "-")]
    [InlineData(typeof(ServiceSpec), nameof(ServiceSpec.Ports), "port", "merge", "map", "port,protocol")]
    [InlineData(typeof(ServiceStatus), nameof(ServiceStatus.Conditions), "type", "merge", "map", "type")]
    [InlineData(typeof(ServiceAccount), nameof(ServiceAccount.Secrets), "name", "merge", "map", "name")]
    [InlineData(typeof(Endpoints), nameof(Endpoints.Subsets), "-", "-", "atomic", "-")]
    [InlineData(typeof(PersistentVolumeClaimStatus), nameof(PersistentVolumeClaimStatus.Conditions), "type", "merge", "map", "type")]
    [InlineData(typeof(NamespaceStatus), nameof(NamespaceStatus.Conditions), "type", "merge", "map", "type")]
    [InlineData(typeof(ObjectMeta), nameof(ObjectMeta.Finalizers), "-", "merge", "set", "-")]
    [InlineData(typeof(ObjectMeta), nameof(ObjectMeta.OwnerReferences), "uid", "merge", "map", "uid")]
    [InlineData(typeof(ObjectMeta), nameof(ObjectMeta.ManagedFields), "-", "-", "atomic", "-")]
    [InlineData(typeof(LabelSelector), nameof(LabelSelector.MatchExpressions), "-", "-", "atomic", "-")]
    public void Field_Markers_MatchUpstream(Type type, string property, string mergeKey, string strategy, string listType, string mapKeys)
    {
        var info = type.GetProperty(property) ?? throw new InvalidOperationException($"{type.Name}.{property} does not exist");

        Assert.Equal(mergeKey, info.GetCustomAttribute<PatchMergeKeyAttribute>()?.Key ?? "-");
        Assert.Equal(strategy, info.GetCustomAttribute<PatchStrategyAttribute>()?.Strategy ?? "-");
        Assert.Equal(listType, info.GetCustomAttribute<ListTypeAttribute>()?.Type ?? "-");
        var keys = info.GetCustomAttribute<ListMapKeysAttribute>()?.Keys;
        Assert.Equal(mapKeys, keys is null ? "-" : string.Join(",", keys));
    }

    [Theory]
    [InlineData(typeof(PodSpec), nameof(PodSpec.NodeSelector), "atomic")]
    [InlineData(typeof(ServiceSpec), nameof(ServiceSpec.Selector), "atomic")]
    [InlineData(typeof(ReplicationControllerSpec), nameof(ReplicationControllerSpec.Selector), "atomic")]
    [InlineData(typeof(PersistentVolumeClaimStatus), nameof(PersistentVolumeClaimStatus.AllocatedResourceStatuses), "granular")]
    public void Map_Type_MatchesUpstream(Type type, string property, string mapType)
    {
        var info = type.GetProperty(property) ?? throw new InvalidOperationException($"{type.Name}.{property} does not exist");

        Assert.Equal(mapType, info.GetCustomAttribute<MapTypeAttribute>()?.Type);
    }

    [Theory]
    [InlineData(typeof(LabelSelector))]
    [InlineData(typeof(OwnerReference))]
    [InlineData(typeof(ObjectReference))]
    [InlineData(typeof(LocalObjectReference))]
    [InlineData(typeof(TypedLocalObjectReference))]
    [InlineData(typeof(NodeSelector))]
    [InlineData(typeof(NodeSelectorTerm))]
    [InlineData(typeof(ConfigMapKeySelector))]
    [InlineData(typeof(SecretKeySelector))]
    [InlineData(typeof(ObjectFieldSelector))]
    [InlineData(typeof(ResourceFieldSelector))]
    [InlineData(typeof(EndpointAddress))]
    [InlineData(typeof(EndpointPort))]
    [InlineData(typeof(SecretReference))]
    [InlineData(typeof(ScopeSelector))]
    [InlineData(typeof(TopologySelectorTerm))]
    public void Struct_IsAtomic(Type type)
    {
        Assert.Equal(StructTypeAttribute.Atomic, type.GetCustomAttribute<StructTypeAttribute>()?.Type);
    }

    [Fact]
    public void ClaimRef_IsGranular()
    {
        var info = typeof(PersistentVolumeSpec).GetProperty(nameof(PersistentVolumeSpec.ClaimRef))!;

        Assert.Equal(StructTypeAttribute.Granular, info.GetCustomAttribute<StructTypeAttribute>()?.Type);
    }
}
