using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KubeSharp.Api;
using KubeSharp.Api.Serialization;
using KubeSharp.Machinery.Internal;
using KubeSharp.Machinery.Schema;

namespace KubeSharp.Machinery.Patch.Strategic;

/// <summary>
/// Strategic merge patch (<c>application/strategic-merge-patch+json</c>) as upstream's API server applies it:
/// lists merge by the merge keys and strategies of the type schema, with the directives <c>$patch</c>
/// (replace, delete), <c>$retainKeys</c>, <c>$deleteFromPrimitiveList/…</c> and <c>$setElementOrder/…</c>.
/// Fields the schema does not know get JSON merge patch semantics. See docs/machinery.md.
/// </summary>
public static class StrategicMergePatch
{
    /// <summary>Applies a patch to an object's JSON and returns the patched JSON.</summary>
    /// <exception cref="PatchException">with upstream's message and the status class the API server uses.</exception>
    public static byte[] Apply(ReadOnlySpan<byte> originalJson, ReadOnlySpan<byte> patchJson, TypeSchema schema)
    {
        var patch = DecodeObject(patchJson, isPatch: true);
        var original = DecodeOriginal(originalJson, patch);
        return JsonTree.ToBytes(StrategicMerger.ServerSide.MergeMap(original, patch, schema), originalJson.Length + patchJson.Length + 256);
    }

    /// <summary>Applies a patch to a typed object, returning a new object (the input is not changed).</summary>
    public static T Apply<T>(T original, ReadOnlySpan<byte> patchJson)
        where T : KubeModel =>
        Apply(original, patchJson, KubeJson.TypeInfo<T>());

    /// <summary>Applies a patch to a typed object serialized with the given metadata.</summary>
    public static T Apply<T>(T original, ReadOnlySpan<byte> patchJson, JsonTypeInfo<T> typeInfo)
        where T : KubeModel
    {
        var bytes = Apply(JsonSerializer.SerializeToUtf8Bytes(original, typeInfo), patchJson, TypeSchema.For<T>());
        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo) ?? throw new PatchException("patch produced a null object", PatchErrorKind.Unprocessable);
        }
        catch (JsonException e)
        {
            throw new PatchException(e.Message, PatchErrorKind.Unprocessable);
        }
    }

    /// <summary>Tree-level apply; both dictionaries are modified.</summary>
    internal static Dictionary<string, object?> Apply(Dictionary<string, object?> original, Dictionary<string, object?> patch, TypeSchema schema) =>
        StrategicMerger.ServerSide.MergeMap(original, patch, schema);

    /// <summary>
    /// Decodes the live object as far as the patch reaches (see <see cref="JsonTree.ParseGuided"/>); a live
    /// object that is not a JSON object fails as upstream's does.
    /// </summary>
    private static Dictionary<string, object?> DecodeOriginal(ReadOnlySpan<byte> json, Dictionary<string, object?> patch)
    {
        if (json.IsEmpty || patch.ContainsKey(StrategicMerger.DirectiveMarker))
        {
            return DecodeObject(json, isPatch: false);
        }

        try
        {
            return JsonTree.ParseGuided(json.ToArray(), patch) as Dictionary<string, object?> ?? DecodeObject(json, isPatch: false);
        }
        catch (JsonException)
        {
            throw new PatchException(MergePatchErrors.BadJsonDoc, PatchErrorKind.BadRequest);
        }
    }

    internal static Dictionary<string, object?> DecodeObject(ReadOnlySpan<byte> json, bool isPatch)
    {
        object? value;
        try
        {
            value = json.IsEmpty ? null : JsonTree.Parse(json);
        }
        catch (JsonException e)
        {
            throw new PatchException(isPatch ? e.Message : MergePatchErrors.BadJsonDoc, PatchErrorKind.BadRequest);
        }

        return value switch
        {
            Dictionary<string, object?> map => map,
            null => new Dictionary<string, object?>(StringComparer.Ordinal),
            _ => throw new PatchException(
                isPatch ? $"json: cannot unmarshal {GoJsonKind(value)} into Go value of type map[string]interface {{}}" : MergePatchErrors.BadJsonDoc,
                PatchErrorKind.BadRequest),
        };
    }

    private static string GoJsonKind(object value) => value switch
    {
        List<object?> => "array",
        string => "string",
        bool => "bool",
        _ => "number",
    };
}
