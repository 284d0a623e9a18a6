using System.Text.Json.Serialization;

namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>
/// A value of the dependencies keyword: a schema, or the names of properties that must also be present
/// (upstream JSONSchemaPropsOrStringArray). Not a <see cref="KubeModel"/>; see <see cref="JSONSchemaPropsOrBool"/>.
/// </summary>
[JsonConverter(typeof(JSONSchemaPropsOrStringArrayConverter))]
public sealed class JSONSchemaPropsOrStringArray
{
    public JSONSchemaProps? Schema { get; set; }

    public List<string>? Property { get; set; }
}
