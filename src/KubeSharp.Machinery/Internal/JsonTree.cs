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
                    var name = reader.GetString()!;
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
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var integer) ? (object)integer : reader.GetDouble();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"unexpected token {reader.TokenType}");
        }
    }

    public static byte[] ToBytes(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
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
