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
// apiextensions.k8s.io/v1
[JsonSerializable(typeof(ApiExtensions.V1.CustomResourceDefinition))]
[JsonSerializable(typeof(KubeList<ApiExtensions.V1.CustomResourceDefinition>))]
// authentication.k8s.io/v1
[JsonSerializable(typeof(Authentication.V1.SelfSubjectReview))]
[JsonSerializable(typeof(Authentication.V1.TokenRequest))]
[JsonSerializable(typeof(Authentication.V1.TokenReview))]
// certificates.k8s.io/v1
[JsonSerializable(typeof(Certificates.V1.CertificateSigningRequest))]
[JsonSerializable(typeof(KubeList<Certificates.V1.CertificateSigningRequest>))]
// coordination.k8s.io/v1
[JsonSerializable(typeof(Coordination.V1.Lease))]
[JsonSerializable(typeof(KubeList<Coordination.V1.Lease>))]
// metrics.k8s.io/v1beta1
[JsonSerializable(typeof(Metrics.V1Beta1.NodeMetrics))]
[JsonSerializable(typeof(KubeList<Metrics.V1Beta1.NodeMetrics>))]
[JsonSerializable(typeof(Metrics.V1Beta1.PodMetrics))]
[JsonSerializable(typeof(KubeList<Metrics.V1Beta1.PodMetrics>))]
// scheduling.k8s.io/v1
[JsonSerializable(typeof(Scheduling.V1.PriorityClass))]
[JsonSerializable(typeof(KubeList<Scheduling.V1.PriorityClass>))]
public sealed partial class KubeJsonContext : JsonSerializerContext;
