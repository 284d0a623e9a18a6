using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Patch.Json;

/// <summary>
/// RFC 6902 JSON Patch, applied as upstream's API server applies it (evanphx/json-patch v4): the six
/// operations, negative array indices counted from the end, "-" to append, "~1"/"~0" escapes, and the
/// library's error messages. Where that library is laxer than the RFC (replace or copy of a missing member
/// succeeding) this follows the RFC and reports the error in the library's wording.
/// </summary>
public static class JsonPatch
{
    /// <summary>Decodes a patch document: a JSON array of operation objects.</summary>
    /// <exception cref="PatchException">BadRequest when the bytes are not such an array.</exception>
    public static JsonArray Decode(ReadOnlySpan<byte> utf8Json)
    {
        JsonNode? node;
        try
        {
            node = JsonParse.LastWins(utf8Json);
        }
        catch (JsonException e)
        {
            throw new PatchException(e.Message, PatchErrorKind.BadRequest);
        }

        return node switch
        {
            JsonArray array when array.All(op => op is JsonObject or null) => array,
            JsonArray => throw new PatchException("json: cannot unmarshal array into Go value of type jsonpatch.Operation", PatchErrorKind.BadRequest),
            JsonObject => throw new PatchException("json: cannot unmarshal object into Go value of type jsonpatch.Patch", PatchErrorKind.BadRequest),
            null => [],
            _ => throw new PatchException($"json: cannot unmarshal {KindName(node)} into Go value of type jsonpatch.Patch", PatchErrorKind.BadRequest),
        };
    }

    /// <summary>Applies <paramref name="patch"/> to a copy of <paramref name="document"/> and returns the result.</summary>
    /// <exception cref="PatchException">Unprocessable, with upstream's message, when an operation does not apply.</exception>
    public static JsonNode Apply(JsonNode document, JsonArray patch)
    {
        var root = new JsonArray(document.DeepClone());
        foreach (var item in patch)
        {
            if (item is not JsonObject op)
            {
                continue;
            }

            var kind = ReadString(op, "op") ?? "unknown";
            switch (kind)
            {
                case "add":
                    Add(root, op);
                    break;
                case "remove":
                    Remove(root, op);
                    break;
                case "replace":
                    Replace(root, op);
                    break;
                case "move":
                    Move(root, op);
                    break;
                case "test":
                    Test(root, op);
                    break;
                case "copy":
                    Copy(root, op);
                    break;
                default:
                    throw Fail("Unexpected kind: " + kind);
            }
        }

        var result = root[0]!;
        root.Clear();
        return result;
    }

    public static JsonNode Apply(JsonNode document, ReadOnlySpan<byte> patchUtf8Json) => Apply(document, Decode(patchUtf8Json));

    private static void Add(JsonArray root, JsonObject op)
    {
        var path = ReadPath(op) ?? throw Fail("add operation failed to decode path: missing value");
        var (container, key) = FindObject(root, path);
        if (container is null)
        {
            throw Fail($"add operation does not apply: doc is missing path: \"{path}\": missing value");
        }

        var error = AddTo(container, key, Value(op));
        if (error is not null)
        {
            throw Fail($"error in add for path: '{path}': {error}");
        }
    }

    private static void Remove(JsonArray root, JsonObject op)
    {
        var path = ReadPath(op) ?? throw Fail("remove operation failed to decode path: missing value");
        var (container, key) = FindObject(root, path);
        if (container is null)
        {
            throw Fail($"remove operation does not apply: doc is missing path: \"{path}\": missing value");
        }

        var error = RemoveFrom(container, key, out _);
        if (error is not null)
        {
            throw Fail($"error in remove for path: '{path}': {error}");
        }
    }

    private static void Replace(JsonArray root, JsonObject op)
    {
        var path = ReadPath(op) ?? throw Fail("replace operation failed to decode path: operation missing path field: missing value");
        if (path.Length == 0)
        {
            var value = Value(op);
            if (value is not JsonObject and not JsonArray)
            {
                throw Fail("replace operation value must be object or array");
            }

            root[0] = value;
            return;
        }

        var (container, key) = FindObject(root, path);
        if (container is null)
        {
            throw Fail($"replace operation does not apply: doc is missing path: {path}: missing value");
        }

        if (Get(container, key, out _) is not null)
        {
            throw Fail($"replace operation does not apply: doc is missing key: {path}: missing value");
        }

        Set(container, key, Value(op));
    }

    private static void Move(JsonArray root, JsonObject op)
    {
        var from = ReadString(op, "from") ?? throw Fail("move operation failed to decode from: operation, missing from field: missing value");
        var (container, key) = FindObject(root, from);
        if (container is null)
        {
            throw Fail($"move operation does not apply: doc is missing from path: {from}: missing value");
        }

        var error = RemoveFrom(container, key, out var value);
        if (error is not null)
        {
            throw Fail($"error in move for path: '{key}': {error}");
        }

        var path = ReadPath(op) ?? throw Fail("move operation failed to decode path: operation missing path field: missing value");
        (container, key) = FindObject(root, path);
        if (container is null)
        {
            throw Fail($"move operation does not apply: doc is missing destination path: {path}: missing value");
        }

        error = AddTo(container, key, value);
        if (error is not null)
        {
            throw Fail($"error in move for path: '{path}': {error}");
        }
    }

    private static void Test(JsonArray root, JsonObject op)
    {
        var path = ReadPath(op) ?? throw Fail("test operation failed to decode path: operation missing path field: missing value");
        var (container, key) = FindObject(root, path);
        if (container is null)
        {
            throw Fail($"test operation does not apply: is missing path: {path}: missing value");
        }

        var error = Get(container, key, out var actual);
        if (error is not null && !(container is JsonObject && error.StartsWith("Unable to get", StringComparison.Ordinal)))
        {
            throw Fail($"error in test for path: '{path}': {error}");
        }

        op.TryGetPropertyValue("value", out var expected);
        if (!JsonNode.DeepEquals(actual, expected))
        {
            throw Fail($"testing value {path} failed: test failed");
        }
    }

    private static void Copy(JsonArray root, JsonObject op)
    {
        var from = ReadString(op, "from") ?? throw Fail("copy operation failed to decode from: operation, missing from field: missing value");
        var (container, key) = FindObject(root, from);
        if (container is null)
        {
            throw Fail($"copy operation does not apply: doc is missing from path: {from}: missing value");
        }

        var error = Get(container, key, out var value);
        if (error is not null)
        {
            throw Fail($"error in copy for from: '{from}': {error}");
        }

        var path = ReadPath(op) ?? throw Fail("copy operation failed to decode path: missing value");
        (container, key) = FindObject(root, path);
        if (container is null)
        {
            throw Fail($"copy operation does not apply: doc is missing destination path: {path}: missing value");
        }

        error = AddTo(container, key, value?.DeepClone());
        if (error is not null)
        {
            throw Fail($"error while adding value during copy: {error}");
        }
    }

    /// <summary>
    /// Walks to the parent of the last path segment, as the library's findObject: the segment before the
    /// first "/" is ignored, and a path with no "/" has no parent.
    /// </summary>
    private static (JsonNode? Container, string Key) FindObject(JsonArray root, string path)
    {
        var segments = path.Split('/');
        if (segments.Length < 2)
        {
            return (null, "");
        }

        JsonNode current = root[0]!;
        for (var i = 1; i < segments.Length - 1; i++)
        {
            if (Get(current, DecodeKey(segments[i]), out var next) is not null || next is not JsonObject and not JsonArray)
            {
                return (null, "");
            }

            current = next;
        }

        return (current, DecodeKey(segments[^1]));
    }

    private static string DecodeKey(string segment) =>
        segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static string? Get(JsonNode container, string key, out JsonNode? value)
    {
        value = null;
        if (container is JsonObject obj)
        {
            return obj.TryGetPropertyValue(key, out value) ? null : $"Unable to get nonexistent key: {key}: missing value";
        }

        var array = (JsonArray)container;
        if (ParseIndex(key, out var index) is { } parseError)
        {
            return parseError;
        }

        if (index >= array.Count || index < -array.Count)
        {
            return InvalidIndex(index);
        }

        value = array[index < 0 ? index + array.Count : index];
        return null;
    }

    private static void Set(JsonNode container, string key, JsonNode? value)
    {
        if (container is JsonObject obj)
        {
            obj[key] = value;
            return;
        }

        var array = (JsonArray)container;
        ParseIndex(key, out var index);
        array[index < 0 ? index + array.Count : index] = value;
    }

    private static string? AddTo(JsonNode container, string key, JsonNode? value)
    {
        if (container is JsonObject obj)
        {
            obj[key] = value;
            return null;
        }

        var array = (JsonArray)container;
        if (key == "-")
        {
            array.Add(value);
            return null;
        }

        if (ParseIndex(key, out var index) is { } parseError)
        {
            return $"value was not a proper array index: '{key}': {parseError}";
        }

        var size = array.Count + 1;
        if (index >= size || index < -size)
        {
            return InvalidIndex(index);
        }

        array.Insert(index < 0 ? index + size : index, value);
        return null;
    }

    private static string? RemoveFrom(JsonNode container, string key, out JsonNode? removed)
    {
        removed = null;
        if (container is JsonObject obj)
        {
            if (!obj.TryGetPropertyValue(key, out removed))
            {
                return $"Unable to remove nonexistent key: {key}: missing value";
            }

            obj.Remove(key);
            return null;
        }

        var array = (JsonArray)container;
        if (ParseIndex(key, out var index) is { } parseError)
        {
            return parseError;
        }

        if (index >= array.Count || index < -array.Count)
        {
            return InvalidIndex(index);
        }

        var at = index < 0 ? index + array.Count : index;
        removed = array[at];
        array.RemoveAt(at);
        return null;
    }

    /// <summary>Go's strconv.Atoi, with its error text.</summary>
    private static string? ParseIndex(string key, out int index)
    {
        if (int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out index))
        {
            return null;
        }

        return long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) || IsAllDigits(key)
            ? $"strconv.Atoi: parsing \"{key}\": value out of range"
            : $"strconv.Atoi: parsing \"{key}\": invalid syntax";
    }

    private static bool IsAllDigits(string key)
    {
        var digits = key.StartsWith('-') || key.StartsWith('+') ? key[1..] : key;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit);
    }

    private static string InvalidIndex(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"Unable to access invalid index: {index}: invalid index referenced");

    private static JsonNode? Value(JsonObject op) =>
        op.TryGetPropertyValue("value", out var value) ? value?.DeepClone() : null;

    private static string? ReadPath(JsonObject op) => ReadString(op, "path");

    private static string? ReadString(JsonObject op, string name) =>
        op.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string KindName(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => "value",
    };

    private static PatchException Fail(string message) => new(message, PatchErrorKind.Unprocessable);
}
