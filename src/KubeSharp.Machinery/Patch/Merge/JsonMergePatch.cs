using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Patch.Merge;

/// <summary>
/// RFC 7386 JSON merge patch, applied as upstream's API server applies it (evanphx/json-patch MergePatch):
/// objects merge recursively, <c>null</c> deletes, everything else (arrays included) replaces. Nulls inside a
/// value that lands where nothing was before are pruned, so <c>{"a":{"b":null}}</c> onto <c>{}</c> is <c>{"a":{}}</c>.
/// </summary>
public static class JsonMergePatch
{
    public const string InvalidDocument = "Invalid JSON Document";
    public const string InvalidPatch = "Invalid JSON Patch";

    /// <summary>Parses a merge patch body.</summary>
    /// <exception cref="PatchException">BadRequest with upstream's message when it is not JSON.</exception>
    public static JsonNode? Decode(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonParse.LastWins(utf8Json);
        }
        catch (JsonException)
        {
            throw new PatchException(InvalidPatch, PatchErrorKind.BadRequest);
        }
    }

    /// <summary>Returns <paramref name="document"/> with <paramref name="patch"/> merged in; neither input is changed.</summary>
    /// <exception cref="PatchException">BadRequest when the patch is null or a scalar.</exception>
    public static JsonNode Apply(JsonNode? document, JsonNode? patch)
    {
        switch (patch)
        {
            case JsonObject patchObject:
                if (document is not JsonObject documentObject)
                {
                    // Not an object to merge into: the result is the patch, nulls pruned.
                    return PruneNulls(patchObject.DeepClone());
                }

                var result = documentObject.DeepClone().AsObject();
                MergeInto(result, patchObject);
                return result;
            case JsonArray patchArray:
                return PruneNulls(patchArray.DeepClone());
            default:
                throw new PatchException(InvalidPatch, PatchErrorKind.BadRequest);
        }
    }

    public static JsonNode Apply(JsonNode? document, ReadOnlySpan<byte> patchUtf8Json) => Apply(document, Decode(patchUtf8Json));

    /// <summary>Merges <paramref name="patch"/> into <paramref name="target"/> in place (upstream's mergeDocs).</summary>
    internal static void MergeInto(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                target.Remove(key);
                continue;
            }

            if (!target.TryGetPropertyValue(key, out var current) || current is null)
            {
                target[key] = PruneNulls(value.DeepClone());
                continue;
            }

            if (current is JsonObject currentObject && value is JsonObject valueObject)
            {
                MergeInto(currentObject, valueObject);
                continue;
            }

            target[key] = current is JsonObject ? value.DeepClone() : PruneNulls(value.DeepClone());
        }
    }

    /// <summary>Removes null members of objects at any depth (array elements that are null stay).</summary>
    internal static JsonNode PruneNulls(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                List<string>? nulls = null;
                foreach (var (key, value) in obj)
                {
                    if (value is null)
                    {
                        (nulls ??= []).Add(key);
                    }
                    else
                    {
                        PruneNulls(value);
                    }
                }

                if (nulls is not null)
                {
                    foreach (var key in nulls)
                    {
                        obj.Remove(key);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        PruneNulls(item);
                    }
                }

                break;
        }

        return node;
    }

    /// <summary>
    /// The merge patch that turns <paramref name="original"/> into <paramref name="modified"/> (upstream's
    /// CreateMergePatch for objects): changed members, nulls for removed ones, arrays whole.
    /// </summary>
    public static JsonObject CreatePatch(JsonObject original, JsonObject modified)
    {
        var patch = new JsonObject();
        foreach (var (key, value) in original)
        {
            if (!modified.ContainsKey(key))
            {
                patch[key] = null;
            }
        }

        foreach (var (key, value) in modified)
        {
            if (!original.TryGetPropertyValue(key, out var before))
            {
                patch[key] = value?.DeepClone();
            }
            else if (before is JsonObject beforeObject && value is JsonObject afterObject)
            {
                var nested = CreatePatch(beforeObject, afterObject);
                if (nested.Count > 0)
                {
                    patch[key] = nested;
                }
            }
            else if (!JsonNode.DeepEquals(before, value))
            {
                patch[key] = value?.DeepClone();
            }
        }

        return patch;
    }
}
