using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace KubeSharp.Machinery.Internal;

/// <summary>
/// JSON as Go's <c>map[string]interface{}</c>: objects are <see cref="Dictionary{TKey,TValue}"/> (string → object?),
/// arrays <see cref="List{T}"/> of object?, and scalars string, long (integers, as upstream's "preserve ints"
/// decoder), double, bool or null. Patch engines work on this tree in place, exactly as upstream works on
/// unstructured maps; it is much cheaper than a node DOM with parent links.
/// </summary>
internal static class JsonTree
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 1000 };

    // Relaxed escaping writes '"' as \" and keeps non-ASCII text readable, as Go's encoder does.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        SkipValidation = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Boxed once: trees hold many booleans.
    private static readonly object True = true;
    private static readonly object False = false;

    public static object? Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        if (!reader.Read())
        {
            throw new JsonException("unexpected end of JSON input");
        }

        var value = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("invalid character after top-level value");
        }

        return value;
    }

    /// <summary>Parses a JSON object; anything else is an error.</summary>
    public static Dictionary<string, object?> ParseObject(ReadOnlySpan<byte> utf8Json) =>
        Parse(utf8Json) as Dictionary<string, object?> ?? throw new JsonException("expected a JSON object");

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = JsonNameCache.GetString(ref reader);
                    reader.Read();
                    map[name] = ReadValue(ref reader);
                }

                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader));
                }

                return list;
            case JsonTokenType.String:
                return JsonNameCache.GetString(ref reader);
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var integer) ? (object)integer : reader.GetDouble();
            case JsonTokenType.True:
                return True;
            case JsonTokenType.False:
                return False;
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"unexpected token {reader.TokenType}");
        }
    }

    /// <summary>
    /// Parses the object a patch will be applied to, decoding only what the patch can reach: members whose
    /// name the patch map also has are decoded (recursively guided by the patch's value; lists by the union of
    /// the patch list's objects), the lists a <c>$setElementOrder/…</c> or <c>$deleteFromPrimitiveList/…</c>
    /// names in full, and every other member is kept as <see cref="RawJson"/> and written back unchanged. A
    /// strategic merge patch never looks inside a member its patch does not name, so the result is the same
    /// as merging a fully decoded tree, at a fraction of the cost (the 10-container Pod of the benchmark).
    /// </summary>
    public static object? ParseGuided(ReadOnlyMemory<byte> utf8Json, Dictionary<string, object?> patch)
    {
        var reader = new Utf8JsonReader(utf8Json.Span, ReaderOptions);
        if (!reader.Read())
        {
            throw new JsonException("unexpected end of JSON input");
        }

        var value = ReadGuided(ref reader, utf8Json, patch);
        if (reader.Read())
        {
            throw new JsonException("invalid character after top-level value");
        }

        return value;
    }

    private static object? ReadGuided(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, object? guide)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject when guide is Dictionary<string, object?> patch:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = JsonNameCache.GetString(ref reader);
                    reader.Read();
                    if (patch.TryGetValue(name, out var inner))
                    {
                        map[name] = ReadGuided(ref reader, source, inner);
                    }
                    else if (NamedByListDirective(patch, name))
                    {
                        map[name] = ReadValue(ref reader);
                    }
                    else
                    {
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        map[name] = new RawJson(source[start..(int)reader.BytesConsumed]);
                    }
                }

                return map;
            case JsonTokenType.StartArray when guide is List<object?> patchList && ElementGuide(patchList) is { } elementGuide:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadGuided(ref reader, source, elementGuide));
                }

                return list;
            default:
                return ReadValue(ref reader);
        }
    }

    private static bool NamedByListDirective(Dictionary<string, object?> patch, string name)
    {
        foreach (var key in patch.Keys)
        {
            if (key.Length > name.Length + 1 && key[0] == '$' && key[^(name.Length + 1)] == '/' && key.EndsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What the live elements of a patched list must decode: the union of the patch's objects (merge keys
    /// included, since every merged object carries its merge key), or everything when the patch list has
    /// no objects (scalars, or an empty list that still needs the live elements' merge keys).
    /// </summary>
    private static Dictionary<string, object?>? ElementGuide(List<object?> patchList)
    {
        Dictionary<string, object?>? union = null;
        foreach (var item in patchList)
        {
            if (item is not Dictionary<string, object?> map)
            {
                return null;
            }

            union = union is null ? map : Union(union, map);
        }

        return union;
    }

    private static Dictionary<string, object?> Union(Dictionary<string, object?> left, Dictionary<string, object?> right)
    {
        var union = new Dictionary<string, object?>(left, StringComparer.Ordinal);
        foreach (var (key, value) in right)
        {
            if (!union.TryGetValue(key, out var existing))
            {
                union[key] = value;
                continue;
            }

            // Both sides patch this member: merge their guides; different shapes decode it in full.
            union[key] = (existing, value) switch
            {
                (Dictionary<string, object?> a, Dictionary<string, object?> b) => Union(a, b),
                (List<object?> a, List<object?> b) => ElementGuide(a) is { } ga && ElementGuide(b) is { } gb ? new List<object?> { Union(ga, gb) } : null,
                _ => null,
            };
        }

        return union;
    }

    public static byte[] ToBytes(object? value, int sizeHint = 4096)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(sizeHint, 256));
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case Dictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case RawJson raw:
                writer.WriteRawValue(raw.Utf8.Span, skipInputValidation: true);
                break;
            default:
                throw new InvalidOperationException($"not a JSON tree value: {value.GetType()}");
        }
    }

    public static object? DeepClone(object? value) => value switch
    {
        Dictionary<string, object?> map => CloneMap(map),
        List<object?> list => list.ConvertAll(DeepClone),
        _ => value,
    };

    public static Dictionary<string, object?> CloneMap(Dictionary<string, object?> map)
    {
        var copy = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            copy[key] = DeepClone(item);
        }

        return copy;
    }

    /// <summary>Structural equality, as reflect.DeepEqual on decoded JSON (numbers of different Go types differ).</summary>
    public static bool DeepEquals(object? left, object? right)
    {
        switch (left)
        {
            case Dictionary<string, object?> leftMap:
                if (right is not Dictionary<string, object?> rightMap || leftMap.Count != rightMap.Count)
                {
                    return false;
                }

                foreach (var (key, item) in leftMap)
                {
                    if (!rightMap.TryGetValue(key, out var other) || !DeepEquals(item, other))
                    {
                        return false;
                    }
                }

                return true;
            case List<object?> leftList:
                if (right is not List<object?> rightList || leftList.Count != rightList.Count)
                {
                    return false;
                }

                for (var i = 0; i < leftList.Count; i++)
                {
                    if (!DeepEquals(leftList[i], rightList[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return ScalarEquals(left, right);
        }
    }

    /// <summary>Structural equality where numbers compare by value across ints and floats (structured-merge-diff's value.Equals).</summary>
    public static bool DeepEqualsNumeric(object? left, object? right)
    {
        switch (left)
        {
            case Dictionary<string, object?> leftMap:
                if (right is not Dictionary<string, object?> rightMap || leftMap.Count != rightMap.Count)
                {
                    return false;
                }

                foreach (var (key, item) in leftMap)
                {
                    if (!rightMap.TryGetValue(key, out var other) || !DeepEqualsNumeric(item, other))
                    {
                        return false;
                    }
                }

                return true;
            case List<object?> leftList:
                if (right is not List<object?> rightList || leftList.Count != rightList.Count)
                {
                    return false;
                }

                for (var i = 0; i < leftList.Count; i++)
                {
                    if (!DeepEqualsNumeric(leftList[i], rightList[i]))
                    {
                        return false;
                    }
                }

                return true;
            case double ld:
                return right switch { double rd => ld.Equals(rd), long ri => ld.Equals((double)ri), _ => false };
            case long li when right is double rd2:
                return ((double)li).Equals(rd2);
            default:
                return ScalarEquals(left, right);
        }
    }

    /// <summary>Go's == on two interface values holding JSON scalars: same dynamic type and equal value.</summary>
    public static bool ScalarEquals(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (long a, long b) => a == b,
        (double a, double b) => a.Equals(b),
        (bool a, bool b) => a == b,
        _ => false,
    };

    /// <summary>Go's <c>%v</c> of a decoded JSON value, as upstream's error messages print them.</summary>
    public static string GoString(object? value)
    {
        switch (value)
        {
            case null:
                return "<nil>";
            case string s:
                return s;
            case long l:
                return l.ToString(CultureInfo.InvariantCulture);
            case double d:
                return GoFormat.FormatFloat(d);
            case bool b:
                return b ? "true" : "false";
            case Dictionary<string, object?> map:
                var keys = map.Keys.ToList();
                keys.Sort(StringComparer.Ordinal);
                return "map[" + string.Join(" ", keys.Select(k => k + ":" + GoString(map[k]))) + "]";
            case List<object?> list:
                return "[" + string.Join(" ", list.Select(GoString)) + "]";
            default:
                return value.ToString() ?? "";
        }
    }

    /// <summary>Go's reflect.TypeOf(v).String() for decoded JSON values.</summary>
    public static string GoTypeName(object? value) => value switch
    {
        null => "%!s(<nil>)",
        string => "string",
        long => "int64",
        double => "float64",
        bool => "bool",
        Dictionary<string, object?> => "map[string]interface {}",
        List<object?> => "[]interface {}",
        _ => value.GetType().Name,
    };
}
