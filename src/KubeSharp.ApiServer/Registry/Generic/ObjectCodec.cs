using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Storage;

namespace KubeSharp.ApiServer.Registry.Generic;

/// <summary>
/// How objects are stored: JSON without <c>metadata.resourceVersion</c> (the datastore's modRevision is the
/// version, as upstream's etcd3 store does), and set back from the key's revision on every read.
/// </summary>
public static class ObjectCodec
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    /// <summary>The bytes to store: the object without its resourceVersion (the object is not changed).</summary>
    public static byte[] Encode(JsonObject obj)
    {
        var meta = ObjectMetadata.Meta(obj);
        var resourceVersion = meta["resourceVersion"];
        if (resourceVersion is null)
        {
            return JsonSerializer.SerializeToUtf8Bytes(obj);
        }

        meta.Remove("resourceVersion");
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(obj);
        }
        finally
        {
            meta["resourceVersion"] = resourceVersion;
        }
    }

    /// <summary>The stored object with its resourceVersion set from the key's modRevision.</summary>
    public static JsonObject Decode(KeyValue kv) => Decode(kv.Value.Span, kv.ModRevision);

    public static JsonObject Decode(ReadOnlySpan<byte> value, long resourceVersion)
    {
        var obj = JsonNode.Parse(value, NodeOptions) as JsonObject
            ?? throw new InvalidDataException("stored value is not a JSON object");
        SetResourceVersion(obj, resourceVersion);
        return obj;
    }

    public static void SetResourceVersion(JsonObject obj, long resourceVersion) =>
        ObjectMetadata.Meta(obj)["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a resourceVersion string; 0 for empty, null when it is not a non-negative number.</summary>
    public static long? ParseResourceVersion(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
