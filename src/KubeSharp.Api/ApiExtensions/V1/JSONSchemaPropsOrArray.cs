using System.Text.Json.Serialization;

namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>
/// The items keyword: one schema for every element, or (draft 4 tuple form) one schema per position
/// (upstream JSONSchemaPropsOrArray). Not a <see cref="KubeModel"/>; see <see cref="JSONSchemaPropsOrBool"/>.
/// </summary>
[JsonConverter(typeof(JSONSchemaPropsOrArrayConverter))]
public sealed class JSONSchemaPropsOrArray
{
    public JSONSchemaProps? Schema { get; set; }

    public List<JSONSchemaProps>? JSONSchemas { get; set; }
}
