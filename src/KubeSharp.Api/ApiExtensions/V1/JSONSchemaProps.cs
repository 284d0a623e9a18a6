using System.Text.Json;
using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>A JSON Schema (draft 4 subset) with the Kubernetes extensions, as a CRD version's schema.</summary>
public sealed class JSONSchemaProps : KubeModel
{
    public string? ID { get; set; }

    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [JsonPropertyName("$ref")]
    public string? Ref { get; set; }

    public string? Description { get; set; }

    public string? Type { get; set; }

    public string? Format { get; set; }

    public string? Title { get; set; }

    /// <summary>Opaque JSON; null is the same as absent, as upstream decodes it.</summary>
    public JsonElement? Default { get; set; }

    public double? Maximum { get; set; }

    public bool? ExclusiveMaximum { get; set; }

    public double? Minimum { get; set; }

    public bool? ExclusiveMinimum { get; set; }

    public long? MaxLength { get; set; }

    public long? MinLength { get; set; }

    public string? Pattern { get; set; }

    public long? MaxItems { get; set; }

    public long? MinItems { get; set; }

    public bool? UniqueItems { get; set; }

    public double? MultipleOf { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<JsonElement>? Enum { get; set; }

    public long? MaxProperties { get; set; }

    public long? MinProperties { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Required { get; set; }

    public JSONSchemaPropsOrArray? Items { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<JSONSchemaProps>? AllOf { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<JSONSchemaProps>? OneOf { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<JSONSchemaProps>? AnyOf { get; set; }

    public JSONSchemaProps? Not { get; set; }

    public Dictionary<string, JSONSchemaProps>? Properties { get; set; }

    public JSONSchemaPropsOrBool? AdditionalProperties { get; set; }

    public Dictionary<string, JSONSchemaProps>? PatternProperties { get; set; }

    public Dictionary<string, JSONSchemaPropsOrStringArray>? Dependencies { get; set; }

    public JSONSchemaPropsOrBool? AdditionalItems { get; set; }

    public Dictionary<string, JSONSchemaProps>? Definitions { get; set; }

    public ExternalDocumentation? ExternalDocs { get; set; }

    public JsonElement? Example { get; set; }

    public bool? Nullable { get; set; }

    [JsonPropertyName("x-kubernetes-preserve-unknown-fields")]
    public bool? XPreserveUnknownFields { get; set; }

    [JsonPropertyName("x-kubernetes-embedded-resource")]
    public bool? XEmbeddedResource { get; set; }

    [JsonPropertyName("x-kubernetes-int-or-string")]
    public bool? XIntOrString { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    [JsonPropertyName("x-kubernetes-list-map-keys")]
    public List<string>? XListMapKeys { get; set; }

    [JsonPropertyName("x-kubernetes-list-type")]
    public string? XListType { get; set; }

    [JsonPropertyName("x-kubernetes-map-type")]
    public string? XMapType { get; set; }

    [PatchMergeKey("rule")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("rule")]
    [JsonPropertyName("x-kubernetes-validations")]
    public List<ValidationRule>? XValidations { get; set; }
}
