using System.Reflection;
using KubeSharp.Api.Fields;
using AdmissionRegistrationV1 = KubeSharp.Api.AdmissionRegistration.V1;
using ApiExtensionsV1 = KubeSharp.Api.ApiExtensions.V1;
using AppsV1 = KubeSharp.Api.Apps.V1;
using AutoscalingV1 = KubeSharp.Api.Autoscaling.V1;
using AutoscalingV2 = KubeSharp.Api.Autoscaling.V2;
using BatchV1 = KubeSharp.Api.Batch.V1;
using CertificatesV1 = KubeSharp.Api.Certificates.V1;
using DiscoveryV1 = KubeSharp.Api.Discovery.V1;
using NetworkingV1 = KubeSharp.Api.Networking.V1;
using NodeApiV1 = KubeSharp.Api.NodeApi.V1;
using PolicyV1 = KubeSharp.Api.Policy.V1;
using RbacV1 = KubeSharp.Api.Rbac.V1;
using StorageV1 = KubeSharp.Api.Storage.V1;

namespace KubeSharp.Api.Tests.Groups;

/// <summary>
/// Patch and apply metadata copied from upstream's struct tags and markers, for the fields where getting them
/// wrong changes what a strategic merge patch or server-side apply does.
/// </summary>
public sealed class FieldMetadataTests
{
    // type, property, patchMergeKey, patchStrategy, listType, listMapKeys (comma-joined)
    [Theory]
    [InlineData(typeof(AppsV1.DeploymentSpec), "Strategy", null, "retainKeys", null, null)]
    [InlineData(typeof(AppsV1.DeploymentStatus), "Conditions", "type", "merge", "map", "type")]
    [InlineData(typeof(AppsV1.StatefulSetSpec), "VolumeClaimTemplates", null, null, "atomic", null)]
    [InlineData(typeof(BatchV1.JobStatus), "Conditions", "type", "merge", "atomic", null)]
    [InlineData(typeof(BatchV1.PodFailurePolicyOnExitCodesRequirement), "Values", null, null, "set", null)]
    [InlineData(typeof(BatchV1.UncountedTerminatedPods), "Succeeded", null, null, "set", null)]
    [InlineData(typeof(PolicyV1.PodDisruptionBudgetSpec), "Selector", null, "replace", null, null)]
    [InlineData(typeof(PolicyV1.PodDisruptionBudgetStatus), "Conditions", "type", "merge", "map", "type")]
    [InlineData(typeof(StorageV1.CSINodeSpec), "Drivers", "name", "merge", "map", "name")]
    [InlineData(typeof(StorageV1.CSIDriverSpec), "VolumeLifecycleModes", null, null, "set", null)]
    [InlineData(typeof(DiscoveryV1.Endpoint), "Addresses", null, null, "set", null)]
    [InlineData(typeof(RbacV1.Role), "Rules", null, null, "atomic", null)]
    [InlineData(typeof(RbacV1.ClusterRoleBinding), "Subjects", null, null, "atomic", null)]
    [InlineData(typeof(AdmissionRegistrationV1.ValidatingWebhookConfiguration), "Webhooks", "name", "merge", "map", "name")]
    [InlineData(typeof(AdmissionRegistrationV1.MutatingWebhook), "MatchConditions", "name", "merge", "map", "name")]
    [InlineData(typeof(AdmissionRegistrationV1.ValidatingAdmissionPolicyBindingSpec), "ValidationActions", null, null, "set", null)]
    [InlineData(typeof(AutoscalingV2.HorizontalPodAutoscalerStatus), "Conditions", "type", "merge", "map", "type")]
    [InlineData(typeof(ApiExtensionsV1.JSONSchemaProps), "XValidations", "rule", "merge", "map", "rule")]
    [InlineData(typeof(ApiExtensionsV1.CustomResourceDefinitionStatus), "Conditions", null, null, "map", "type")]
    [InlineData(typeof(CertificatesV1.CertificateSigningRequestStatus), "Conditions", null, null, "map", "type")]
    [InlineData(typeof(NetworkingV1.NetworkPolicySpec), "Ingress", null, null, "atomic", null)]
    public void Property_PatchAndApplyMetadata_MatchUpstream(Type type, string property, string? mergeKey, string? strategy, string? listType, string? mapKeys)
    {
        var info = type.GetProperty(property) ?? throw new InvalidOperationException($"{type.Name} has no {property}");

        Assert.Equal(mergeKey, info.GetCustomAttribute<PatchMergeKeyAttribute>()?.Key);
        Assert.Equal(strategy, info.GetCustomAttribute<PatchStrategyAttribute>()?.Strategy);
        Assert.Equal(listType, info.GetCustomAttribute<ListTypeAttribute>()?.Type);
        Assert.Equal(mapKeys, info.GetCustomAttribute<ListMapKeysAttribute>() is { } keys ? string.Join(",", keys.Keys) : null);
    }

    [Theory]
    [InlineData(typeof(RbacV1.Subject))]
    [InlineData(typeof(RbacV1.RoleRef))]
    [InlineData(typeof(DiscoveryV1.EndpointPort))]
    [InlineData(typeof(NetworkingV1.ServiceBackendPort))]
    [InlineData(typeof(AutoscalingV1.CrossVersionObjectReference))]
    [InlineData(typeof(AdmissionRegistrationV1.MatchResources))]
    [InlineData(typeof(AdmissionRegistrationV1.ParamRef))]
    public void Type_UpstreamStructTypeAtomic_IsAtomic(Type type)
    {
        Assert.Equal(StructTypeAttribute.Atomic, type.GetCustomAttribute<StructTypeAttribute>()?.Type);
    }

    [Fact]
    public void RuntimeClassNodeSelector_IsAnAtomicMap()
    {
        var info = typeof(NodeApiV1.Scheduling).GetProperty(nameof(NodeApiV1.Scheduling.NodeSelector))!;

        Assert.Equal(MapTypeAttribute.Atomic, info.GetCustomAttribute<MapTypeAttribute>()?.Type);
    }
}
