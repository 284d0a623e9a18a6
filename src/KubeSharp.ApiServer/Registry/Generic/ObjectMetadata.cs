using System.Text.Json.Nodes;

namespace KubeSharp.ApiServer.Registry.Generic;

/// <summary>
/// Reads and writes the metadata of an object held as a JSON tree, the way upstream's generic registry works on
/// any kind through <c>meta.Accessor</c>: one code path for built-in kinds and custom resources alike.
/// </summary>
public static class ObjectMetadata
{
    /// <summary>The object's metadata, created (empty) when absent.</summary>
    public static JsonObject Meta(JsonObject obj)
    {
        if (obj["metadata"] is JsonObject meta)
        {
            return meta;
        }

        meta = [];
        obj["metadata"] = meta;
        return meta;
    }

    public static string GetString(JsonObject obj, string field) =>
        obj["metadata"] is JsonObject meta && meta[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";

    public static void SetString(JsonObject obj, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Meta(obj).Remove(field);
        }
        else
        {
            Meta(obj)[field] = value;
        }
    }

    public static string Name(JsonObject obj) => GetString(obj, "name");

    public static string Namespace(JsonObject obj) => GetString(obj, "namespace");

    public static string Uid(JsonObject obj) => GetString(obj, "uid");

    public static string ResourceVersion(JsonObject obj) => GetString(obj, "resourceVersion");

    public static string GenerateName(JsonObject obj) => GetString(obj, "generateName");

    public static bool HasDeletionTimestamp(JsonObject obj) =>
        obj["metadata"] is JsonObject meta && meta["deletionTimestamp"] is JsonValue;

    public static long Generation(JsonObject obj) =>
        obj["metadata"] is JsonObject meta && meta["generation"] is JsonValue value && value.TryGetValue<long>(out var number) ? number : 0;

    public static void SetGeneration(JsonObject obj, long generation)
    {
        if (generation == 0)
        {
            Meta(obj).Remove("generation");
        }
        else
        {
            Meta(obj)["generation"] = generation;
        }
    }

    /// <summary>The string map at <c>metadata.FIELD</c> (labels, annotations); null when absent or not a map of strings.</summary>
    public static Dictionary<string, string>? StringMap(JsonObject obj, string field)
    {
        if (obj["metadata"] is not JsonObject meta || meta[field] is not JsonObject map)
        {
            return null;
        }

        var result = new Dictionary<string, string>(map.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (value is JsonValue v && v.TryGetValue<string>(out var text))
            {
                result[key] = text;
            }
        }

        return result;
    }

    public static Dictionary<string, string>? Labels(JsonObject obj) => StringMap(obj, "labels");

    public static Dictionary<string, string>? Annotations(JsonObject obj) => StringMap(obj, "annotations");

    public static List<string> Finalizers(JsonObject obj)
    {
        var result = new List<string>();
        if (obj["metadata"] is JsonObject meta && meta["finalizers"] is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is JsonValue v && v.TryGetValue<string>(out var text))
                {
                    result.Add(text);
                }
            }
        }

        return result;
    }

    public static void SetFinalizers(JsonObject obj, IReadOnlyCollection<string> finalizers)
    {
        if (finalizers.Count == 0)
        {
            Meta(obj).Remove("finalizers");
            return;
        }

        var array = new JsonArray();
        foreach (var finalizer in finalizers)
        {
            array.Add(finalizer);
        }

        Meta(obj)["finalizers"] = array;
    }

    /// <summary>The value at a dotted path of plain object fields (<c>spec.nodeName</c>), or null.</summary>
    public static JsonNode? At(JsonObject obj, string dottedPath)
    {
        JsonNode? current = obj;
        foreach (var part in dottedPath.Split('.'))
        {
            current = current is JsonObject o ? o[part] : null;
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The scalar at a dotted path rendered as a field-selector value ("" when absent, booleans lower-case).</summary>
    public static string ScalarAt(JsonObject obj, string dottedPath) => At(obj, dottedPath) switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
        JsonValue value => value.ToJsonString(),
        _ => "",
    };
}
