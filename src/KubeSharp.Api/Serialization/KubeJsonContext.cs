using System.Text.Json.Serialization;
using KubeSharp.Api.Core.V1;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// The source-generated serializer metadata for every API type. Options live here so that the one wire
/// format is defined in one place: camelCase names (upstream's JSON names; exceptions carry
/// [JsonPropertyName]), null fields omitted (upstream's omitempty pointers), and the converters for
/// meta/v1 Time, MicroTime, Quantity and IntOrString.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(TimeConverter)])]
[JsonSerializable(typeof(KubeSharp.Api.Meta.V1.ObjectMeta))]
[JsonSerializable(typeof(ConfigMap))]
[JsonSerializable(typeof(KubeList<ConfigMap>))]
public sealed partial class KubeJsonContext : JsonSerializerContext;
