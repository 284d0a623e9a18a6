using System.Text.Json.Serialization;
using KubeSharp.Api.ApiDiscovery.V2;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// The source-generated serializer metadata for every API type. Options live here so that the one wire
/// format is defined in one place: camelCase names (upstream's JSON names; exceptions carry
/// [JsonPropertyName]), null fields omitted (upstream's omitempty pointers), and the converters for
/// meta/v1 Time, MicroTime and Duration, Quantity and IntOrString.
/// </summary>
/// <remarks>
/// The JSON source generator needs every [JsonSerializable] on one declaration, so this file lists every
/// top-level kind and its list, grouped by API group (keep each group's lines together, sorted by kind).
/// Nested types are generated from the kinds that use them.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(TimeConverter), typeof(MicroTimeConverter), typeof(DurationConverter), typeof(QuantityConverter), typeof(IntOrStringConverter)])]
// wire types (for KubeJson.TypeInfo and tests; properties of these types need no entry)
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(IntOrString))]
// meta/v1
[JsonSerializable(typeof(MicroTime))]
[JsonSerializable(typeof(Duration))]
[JsonSerializable(typeof(APIGroup))]
[JsonSerializable(typeof(APIGroupList))]
[JsonSerializable(typeof(APIResourceList))]
[JsonSerializable(typeof(APIVersions))]
[JsonSerializable(typeof(CreateOptions))]
[JsonSerializable(typeof(DeleteOptions))]
[JsonSerializable(typeof(GetOptions))]
[JsonSerializable(typeof(Info))]
[JsonSerializable(typeof(ListMeta))]
[JsonSerializable(typeof(ListOptions))]
[JsonSerializable(typeof(ObjectMeta))]
[JsonSerializable(typeof(PartialObjectMetadata))]
[JsonSerializable(typeof(PartialObjectMetadataList))]
[JsonSerializable(typeof(PatchOptions))]
[JsonSerializable(typeof(RootPaths))]
[JsonSerializable(typeof(Status))]
[JsonSerializable(typeof(Table))]
[JsonSerializable(typeof(TableOptions))]
[JsonSerializable(typeof(TypeMeta))]
[JsonSerializable(typeof(UpdateOptions))]
[JsonSerializable(typeof(WatchEvent))]
// apidiscovery.k8s.io/v2
[JsonSerializable(typeof(APIGroupDiscovery))]
[JsonSerializable(typeof(APIGroupDiscoveryList))]
// core/v1
[JsonSerializable(typeof(Binding))]
[JsonSerializable(typeof(ComponentStatus))]
[JsonSerializable(typeof(KubeList<ComponentStatus>))]
[JsonSerializable(typeof(ConfigMap))]
[JsonSerializable(typeof(KubeList<ConfigMap>))]
[JsonSerializable(typeof(Endpoints))]
[JsonSerializable(typeof(KubeList<Endpoints>))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(KubeList<Event>))]
[JsonSerializable(typeof(LimitRange))]
[JsonSerializable(typeof(KubeList<LimitRange>))]
[JsonSerializable(typeof(Namespace))]
[JsonSerializable(typeof(KubeList<Namespace>))]
[JsonSerializable(typeof(Node))]
[JsonSerializable(typeof(KubeList<Node>))]
[JsonSerializable(typeof(PersistentVolume))]
[JsonSerializable(typeof(KubeList<PersistentVolume>))]
[JsonSerializable(typeof(PersistentVolumeClaim))]
[JsonSerializable(typeof(KubeList<PersistentVolumeClaim>))]
[JsonSerializable(typeof(Pod))]
[JsonSerializable(typeof(KubeList<Pod>))]
[JsonSerializable(typeof(PodTemplate))]
[JsonSerializable(typeof(KubeList<PodTemplate>))]
[JsonSerializable(typeof(ReplicationController))]
[JsonSerializable(typeof(KubeList<ReplicationController>))]
[JsonSerializable(typeof(ResourceQuota))]
[JsonSerializable(typeof(KubeList<ResourceQuota>))]
[JsonSerializable(typeof(Secret))]
[JsonSerializable(typeof(KubeList<Secret>))]
[JsonSerializable(typeof(Service))]
[JsonSerializable(typeof(KubeList<Service>))]
[JsonSerializable(typeof(ServiceAccount))]
[JsonSerializable(typeof(KubeList<ServiceAccount>))]
[JsonSerializable(typeof(NodeProxyOptions))]
[JsonSerializable(typeof(PodAttachOptions))]
[JsonSerializable(typeof(PodExecOptions))]
[JsonSerializable(typeof(PodLogOptions))]
[JsonSerializable(typeof(PodPortForwardOptions))]
[JsonSerializable(typeof(PodProxyOptions))]
[JsonSerializable(typeof(PodStatusResult))]
[JsonSerializable(typeof(RangeAllocation))]
[JsonSerializable(typeof(SerializedReference))]
[JsonSerializable(typeof(ServiceProxyOptions))]
// other groups (apps/v1, batch/v1, …), each under its own comment
// admissionregistration.k8s.io/v1
[JsonSerializable(typeof(AdmissionRegistration.V1.MutatingWebhookConfiguration))]
[JsonSerializable(typeof(KubeList<AdmissionRegistration.V1.MutatingWebhookConfiguration>))]
[JsonSerializable(typeof(AdmissionRegistration.V1.ValidatingAdmissionPolicy))]
[JsonSerializable(typeof(KubeList<AdmissionRegistration.V1.ValidatingAdmissionPolicy>))]
[JsonSerializable(typeof(AdmissionRegistration.V1.ValidatingAdmissionPolicyBinding))]
[JsonSerializable(typeof(KubeList<AdmissionRegistration.V1.ValidatingAdmissionPolicyBinding>))]
[JsonSerializable(typeof(AdmissionRegistration.V1.ValidatingWebhookConfiguration))]
[JsonSerializable(typeof(KubeList<AdmissionRegistration.V1.ValidatingWebhookConfiguration>))]
[JsonSerializable(typeof(AdmissionRegistration.V1.ServiceReference), TypeInfoPropertyName = "AdmissionRegistrationV1ServiceReference")]
[JsonSerializable(typeof(AdmissionRegistration.V1.WebhookClientConfig), TypeInfoPropertyName = "AdmissionRegistrationV1WebhookClientConfig")]
// apiextensions.k8s.io/v1
[JsonSerializable(typeof(ApiExtensions.V1.CustomResourceDefinition))]
[JsonSerializable(typeof(KubeList<ApiExtensions.V1.CustomResourceDefinition>))]
// apps/v1
[JsonSerializable(typeof(Apps.V1.ControllerRevision))]
[JsonSerializable(typeof(KubeList<Apps.V1.ControllerRevision>))]
[JsonSerializable(typeof(Apps.V1.DaemonSet))]
[JsonSerializable(typeof(KubeList<Apps.V1.DaemonSet>))]
[JsonSerializable(typeof(Apps.V1.Deployment))]
[JsonSerializable(typeof(KubeList<Apps.V1.Deployment>))]
[JsonSerializable(typeof(Apps.V1.ReplicaSet))]
[JsonSerializable(typeof(KubeList<Apps.V1.ReplicaSet>))]
[JsonSerializable(typeof(Apps.V1.StatefulSet))]
[JsonSerializable(typeof(KubeList<Apps.V1.StatefulSet>))]
// authentication.k8s.io/v1
[JsonSerializable(typeof(Authentication.V1.SelfSubjectReview))]
[JsonSerializable(typeof(Authentication.V1.TokenRequest))]
[JsonSerializable(typeof(Authentication.V1.TokenReview))]
// authorization.k8s.io/v1
[JsonSerializable(typeof(Authorization.V1.LocalSubjectAccessReview))]
[JsonSerializable(typeof(Authorization.V1.SelfSubjectAccessReview))]
[JsonSerializable(typeof(Authorization.V1.SelfSubjectRulesReview))]
[JsonSerializable(typeof(Authorization.V1.SubjectAccessReview))]
// autoscaling/v1
[JsonSerializable(typeof(Autoscaling.V1.HorizontalPodAutoscaler), TypeInfoPropertyName = "AutoscalingV1HorizontalPodAutoscaler")]
[JsonSerializable(typeof(KubeList<Autoscaling.V1.HorizontalPodAutoscaler>), TypeInfoPropertyName = "AutoscalingV1HorizontalPodAutoscalerList")]
[JsonSerializable(typeof(Autoscaling.V1.Scale))]
[JsonSerializable(typeof(Autoscaling.V1.CrossVersionObjectReference), TypeInfoPropertyName = "AutoscalingV1CrossVersionObjectReference")]
[JsonSerializable(typeof(Autoscaling.V1.HorizontalPodAutoscalerSpec), TypeInfoPropertyName = "AutoscalingV1HorizontalPodAutoscalerSpec")]
[JsonSerializable(typeof(Autoscaling.V1.HorizontalPodAutoscalerStatus), TypeInfoPropertyName = "AutoscalingV1HorizontalPodAutoscalerStatus")]
[JsonSerializable(typeof(List<Autoscaling.V1.HorizontalPodAutoscaler>), TypeInfoPropertyName = "ListAutoscalingV1HorizontalPodAutoscaler")]
// autoscaling/v2
[JsonSerializable(typeof(Autoscaling.V2.HorizontalPodAutoscaler), TypeInfoPropertyName = "AutoscalingV2HorizontalPodAutoscaler")]
[JsonSerializable(typeof(KubeList<Autoscaling.V2.HorizontalPodAutoscaler>), TypeInfoPropertyName = "AutoscalingV2HorizontalPodAutoscalerList")]
// batch/v1
[JsonSerializable(typeof(Batch.V1.CronJob))]
[JsonSerializable(typeof(KubeList<Batch.V1.CronJob>))]
[JsonSerializable(typeof(Batch.V1.Job))]
[JsonSerializable(typeof(KubeList<Batch.V1.Job>))]
// certificates.k8s.io/v1
[JsonSerializable(typeof(Certificates.V1.CertificateSigningRequest))]
[JsonSerializable(typeof(KubeList<Certificates.V1.CertificateSigningRequest>))]
// coordination.k8s.io/v1
[JsonSerializable(typeof(Coordination.V1.Lease))]
[JsonSerializable(typeof(KubeList<Coordination.V1.Lease>))]
// discovery.k8s.io/v1
[JsonSerializable(typeof(Discovery.V1.EndpointSlice))]
[JsonSerializable(typeof(KubeList<Discovery.V1.EndpointSlice>))]
[JsonSerializable(typeof(Discovery.V1.EndpointPort), TypeInfoPropertyName = "DiscoveryV1EndpointPort")]
[JsonSerializable(typeof(List<Discovery.V1.EndpointPort>), TypeInfoPropertyName = "ListDiscoveryV1EndpointPort")]
// events.k8s.io/v1
[JsonSerializable(typeof(Events.V1.Event), TypeInfoPropertyName = "EventsV1Event")]
[JsonSerializable(typeof(KubeList<Events.V1.Event>), TypeInfoPropertyName = "EventsV1EventList")]
[JsonSerializable(typeof(Events.V1.EventSeries), TypeInfoPropertyName = "EventsV1EventSeries")]
[JsonSerializable(typeof(List<Events.V1.Event>), TypeInfoPropertyName = "ListEventsV1Event")]
// metrics.k8s.io/v1beta1
[JsonSerializable(typeof(Metrics.V1Beta1.NodeMetrics))]
[JsonSerializable(typeof(KubeList<Metrics.V1Beta1.NodeMetrics>))]
[JsonSerializable(typeof(Metrics.V1Beta1.PodMetrics))]
[JsonSerializable(typeof(KubeList<Metrics.V1Beta1.PodMetrics>))]
// networking.k8s.io/v1
[JsonSerializable(typeof(Networking.V1.IPAddress))]
[JsonSerializable(typeof(KubeList<Networking.V1.IPAddress>))]
[JsonSerializable(typeof(Networking.V1.Ingress))]
[JsonSerializable(typeof(KubeList<Networking.V1.Ingress>))]
[JsonSerializable(typeof(Networking.V1.IngressClass))]
[JsonSerializable(typeof(KubeList<Networking.V1.IngressClass>))]
[JsonSerializable(typeof(Networking.V1.NetworkPolicy))]
[JsonSerializable(typeof(KubeList<Networking.V1.NetworkPolicy>))]
[JsonSerializable(typeof(Networking.V1.ServiceCIDR))]
[JsonSerializable(typeof(KubeList<Networking.V1.ServiceCIDR>))]
// node.k8s.io/v1
[JsonSerializable(typeof(NodeApi.V1.RuntimeClass))]
[JsonSerializable(typeof(KubeList<NodeApi.V1.RuntimeClass>))]
// policy/v1
[JsonSerializable(typeof(Policy.V1.Eviction))]
[JsonSerializable(typeof(Policy.V1.PodDisruptionBudget))]
[JsonSerializable(typeof(KubeList<Policy.V1.PodDisruptionBudget>))]
// rbac.authorization.k8s.io/v1
[JsonSerializable(typeof(Rbac.V1.ClusterRole))]
[JsonSerializable(typeof(KubeList<Rbac.V1.ClusterRole>))]
[JsonSerializable(typeof(Rbac.V1.ClusterRoleBinding))]
[JsonSerializable(typeof(KubeList<Rbac.V1.ClusterRoleBinding>))]
[JsonSerializable(typeof(Rbac.V1.Role))]
[JsonSerializable(typeof(KubeList<Rbac.V1.Role>))]
[JsonSerializable(typeof(Rbac.V1.RoleBinding))]
[JsonSerializable(typeof(KubeList<Rbac.V1.RoleBinding>))]
// scheduling.k8s.io/v1
[JsonSerializable(typeof(Scheduling.V1.PriorityClass))]
[JsonSerializable(typeof(KubeList<Scheduling.V1.PriorityClass>))]
// storage.k8s.io/v1
[JsonSerializable(typeof(Storage.V1.CSIDriver))]
[JsonSerializable(typeof(KubeList<Storage.V1.CSIDriver>))]
[JsonSerializable(typeof(Storage.V1.CSINode))]
[JsonSerializable(typeof(KubeList<Storage.V1.CSINode>))]
[JsonSerializable(typeof(Storage.V1.StorageClass))]
[JsonSerializable(typeof(KubeList<Storage.V1.StorageClass>))]
[JsonSerializable(typeof(Storage.V1.VolumeAttachment))]
[JsonSerializable(typeof(KubeList<Storage.V1.VolumeAttachment>))]
[JsonSerializable(typeof(Storage.V1.TokenRequest), TypeInfoPropertyName = "StorageV1TokenRequest")]
public sealed partial class KubeJsonContext : JsonSerializerContext;
