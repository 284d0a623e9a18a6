using KubeSharp.Api;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Controllers;

/// <summary>
/// Deep copies (upstream's generated <c>DeepCopy</c>): objects from an informer's cache are shared, so a controller
/// copies before it changes anything. A JSON round trip keeps every field, unknown ones included.
/// </summary>
public static class ObjectCopy
{
    public static T DeepCopy<T>(T value)
        where T : KubeModel
    {
        ArgumentNullException.ThrowIfNull(value);
        var typeInfo = KubeJson.TypeInfo<T>();
        return System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), typeInfo)!;
    }
}
