using System.Text.Json;
using System.Text.Json.Nodes;

namespace KubeSharp.Machinery.Internal;

/// <summary>
/// Parses JSON into a node tree the way Go's encoding/json decodes into maps: a repeated member name keeps
/// its last value. Patches are decoded like that upstream, so a patch such as
/// <c>{"op":"add",…,"op":"remove"}</c> (RFC 6902 A.13) means "remove".
/// </summary>
internal static class JsonParse
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    public static JsonNode? LastWins(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonNode.Parse(utf8Json, documentOptions: Strict);
        }
        catch (JsonException) when (IsWellFormed(utf8Json))
        {
            // Only duplicates can make a well-formed document fail: rebuild it keeping the last value.
            using var document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { AllowDuplicateProperties = true });
            return Build(document.RootElement);
        }
    }

    private static bool IsWellFormed(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            using var _ = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { AllowDuplicateProperties = true });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static JsonNode? Build(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    obj[property.Name] = Build(property.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(Build(item));
                }

                return array;
            case JsonValueKind.Null:
                return null;
            default:
                return JsonValue.Create(element.Clone());
        }
    }
}
