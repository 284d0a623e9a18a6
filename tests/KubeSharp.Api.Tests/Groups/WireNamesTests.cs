using System.Reflection;
using KubeSharp.Api.Serialization;
using AdmissionRegistrationV1 = KubeSharp.Api.AdmissionRegistration.V1;
using ApiExtensionsV1 = KubeSharp.Api.ApiExtensions.V1;
using AuthenticationV1 = KubeSharp.Api.Authentication.V1;
using AutoscalingV1 = KubeSharp.Api.Autoscaling.V1;
using AutoscalingV2 = KubeSharp.Api.Autoscaling.V2;
using BatchV1 = KubeSharp.Api.Batch.V1;
using CertificatesV1 = KubeSharp.Api.Certificates.V1;
using DiscoveryV1 = KubeSharp.Api.Discovery.V1;
using EventsV1 = KubeSharp.Api.Events.V1;
using NetworkingV1 = KubeSharp.Api.Networking.V1;
using RbacV1 = KubeSharp.Api.Rbac.V1;
using StorageV1 = KubeSharp.Api.Storage.V1;

namespace KubeSharp.Api.Tests.Groups;

/// <summary>
/// Property names whose JSON spelling is easy to get wrong (initialisms, x-kubernetes-* and $-names) match
/// upstream's json tags.
/// </summary>
public sealed class WireNamesTests
{
    [Theory]
    [InlineData(typeof(ApiExtensionsV1.CustomResourceValidation), "OpenAPIV3Schema", "openAPIV3Schema")]
    [InlineData(typeof(ApiExtensionsV1.CustomResourceColumnDefinition), "JSONPath", "jsonPath")]
    [InlineData(typeof(ApiExtensionsV1.JSONSchemaProps), "ID", "id")]
    [InlineData(typeof(ApiExtensionsV1.JSONSchemaProps), "Ref", "$ref")]
    [InlineData(typeof(ApiExtensionsV1.JSONSchemaProps), "Schema", "$schema")]
    [InlineData(typeof(ApiExtensionsV1.JSONSchemaProps), "XPreserveUnknownFields", "x-kubernetes-preserve-unknown-fields")]
    [InlineData(typeof(ApiExtensionsV1.JSONSchemaProps), "XEmbeddedResource", "x-kubernetes-embedded-resource")]
    [InlineData(typeof(ApiExtensionsV1.JSONSchemaProps), "XIntOrString", "x-kubernetes-int-or-string")]
    [InlineData(typeof(ApiExtensionsV1.JSONSchemaProps), "XListMapKeys", "x-kubernetes-list-map-keys")]
    [InlineData(typeof(ApiExtensionsV1.JSONSchemaProps), "XListType", "x-kubernetes-list-type")]
    [InlineData(typeof(ApiExtensionsV1.JSONSchemaProps), "XMapType", "x-kubernetes-map-type")]
    [InlineData(typeof(ApiExtensionsV1.JSONSchemaProps), "XValidations", "x-kubernetes-validations")]
    [InlineData(typeof(ApiExtensionsV1.WebhookClientConfig), "CABundle", "caBundle")]
    [InlineData(typeof(ApiExtensionsV1.WebhookClientConfig), "URL", "url")]
    [InlineData(typeof(CertificatesV1.CertificateSigningRequestSpec), "UID", "uid")]
    [InlineData(typeof(AuthenticationV1.BoundObjectReference), "APIVersion", "apiVersion")]
    [InlineData(typeof(StorageV1.CSIDriverSpec), "SELinuxMount", "seLinuxMount")]
    [InlineData(typeof(StorageV1.CSIDriverSpec), "FSGroupPolicy", "fsGroupPolicy")]
    [InlineData(typeof(StorageV1.CSINodeDriver), "NodeID", "nodeID")]
    [InlineData(typeof(RbacV1.PolicyRule), "APIGroups", "apiGroups")]
    [InlineData(typeof(RbacV1.PolicyRule), "NonResourceURLs", "nonResourceURLs")]
    [InlineData(typeof(RbacV1.RoleRef), "APIGroup", "apiGroup")]
    [InlineData(typeof(AdmissionRegistrationV1.RuleWithOperations), "APIVersions", "apiVersions")]
    [InlineData(typeof(AdmissionRegistrationV1.WebhookClientConfig), "CABundle", "caBundle")]
    [InlineData(typeof(NetworkingV1.NetworkPolicyPeer), "IPBlock", "ipBlock")]
    [InlineData(typeof(NetworkingV1.IPBlock), "CIDR", "cidr")]
    [InlineData(typeof(NetworkingV1.ServiceCIDRSpec), "CIDRs", "cidrs")]
    [InlineData(typeof(NetworkingV1.IngressSpec), "TLS", "tls")]
    [InlineData(typeof(NetworkingV1.IngressRule), "HTTP", "http")]
    [InlineData(typeof(NetworkingV1.IngressLoadBalancerIngress), "IP", "ip")]
    [InlineData(typeof(BatchV1.JobSpec), "TTLSecondsAfterFinished", "ttlSecondsAfterFinished")]
    [InlineData(typeof(AutoscalingV1.HorizontalPodAutoscalerSpec), "TargetCPUUtilizationPercentage", "targetCPUUtilizationPercentage")]
    [InlineData(typeof(AutoscalingV2.HPAScalingRules), "StabilizationWindowSeconds", "stabilizationWindowSeconds")]
    [InlineData(typeof(DiscoveryV1.EndpointSlice), "AddressType", "addressType")]
    [InlineData(typeof(EventsV1.Event), "DeprecatedFirstTimestamp", "deprecatedFirstTimestamp")]
    public void Property_JsonName_MatchesUpstreamTag(Type type, string property, string expected)
    {
        var info = KubeJson.Options.GetTypeInfo(type);

        var match = info.Properties.Single(p => p.AttributeProvider is PropertyInfo clr && clr.Name == property);
        Assert.Equal(expected, match.Name);
    }
}
