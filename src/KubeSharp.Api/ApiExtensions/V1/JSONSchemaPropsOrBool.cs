using System.Text.Json.Serialization;

namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>
/// A schema or a boolean, as in additionalProperties and additionalItems: <c>true</c>, <c>false</c> or
/// <c>{…}</c> on the wire (upstream JSONSchemaPropsOrBool, with its MarshalJSON/UnmarshalJSON rules).
/// </summary>
/// <remarks>
/// Not a <see cref="KubeModel"/>: the value is a JSON scalar or a schema, never an object of its own, so there
/// are no unknown fields to keep here; the schema's own unknown fields live in <see cref="Schema"/>.
/// </remarks>
[JsonConverter(typeof(JSONSchemaPropsOrBoolConverter))]
public sealed class JSONSchemaPropsOrBool
{
    /// <summary>True when the value is <c>true</c> or a schema.</summary>
    public bool Allows { get; set; } = true;

    public JSONSchemaProps? Schema { get; set; }
}
