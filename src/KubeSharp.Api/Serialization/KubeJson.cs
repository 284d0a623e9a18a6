using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KubeSharp.Api.Serialization;

/// <summary>The one serializer setup for API objects: everything reads and writes JSON through here.</summary>
public static class KubeJson
{
    public static JsonSerializerOptions Options => KubeJsonContext.Default.Options;

    public static string Serialize<T>(T value) =>
        JsonSerializer.Serialize(value, TypeInfo<T>());

    public static byte[] SerializeToUtf8Bytes<T>(T value) =>
        JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());

    public static T? Deserialize<T>(string json) =>
        JsonSerializer.Deserialize(json, TypeInfo<T>());

    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, TypeInfo<T>());

    public static JsonTypeInfo<T> TypeInfo<T>() =>
        (JsonTypeInfo<T>)(KubeJsonContext.Default.GetTypeInfo(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T)} is not registered in {nameof(KubeJsonContext)}"));
}
