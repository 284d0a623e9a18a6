using System.Text.Json.Serialization;
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
[JsonSerializable(typeof(ObjectMeta))]
[JsonSerializable(typeof(ListMeta))]
// core/v1
[JsonSerializable(typeof(ConfigMap))]
[JsonSerializable(typeof(KubeList<ConfigMap>))]
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
// scheduling.k8s.io/v1
[JsonSerializable(typeof(Scheduling.V1.PriorityClass))]
[JsonSerializable(typeof(KubeList<Scheduling.V1.PriorityClass>))]
public sealed partial class KubeJsonContext : JsonSerializerContext;
