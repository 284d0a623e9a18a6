using System.Text.Json;
using System.Text.Json.Nodes;

namespace KubeSharp.ApiServer.Endpoints.Decoding;

/// <summary>
/// Parses a JSON body into a tree the way upstream's decoder treats it: a repeated member keeps its last value
/// (Go's encoding/json), and every repetition is recorded with its path (<c>metadata.name</c>,
/// <c>spec.containers[0].image</c>) so strict field validation can report <c>duplicate field "…"</c>.
/// </summary>
public static class JsonTreeReader
{
    /// <summary>Nesting deeper than this is rejected (upstream's JSON decoder limit is 10,000; we need far less).</summary>
    public const int MaxDepth = 256;

    public static JsonNode? Parse(ReadOnlySpan<byte> utf8Json, List<string>? duplicates)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read())
        {
            throw new JsonException("unexpected end of JSON input");
        }

        var node = ReadValue(ref reader, "", duplicates);
        if (reader.Read())
        {
            throw new JsonException($"invalid character after top-level value at byte {reader.TokenStartIndex}");
        }

        return node;
    }

    private static JsonNode? ReadValue(ref Utf8JsonReader reader, string path, List<string>? duplicates)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonObject();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    var childPath = path.Length == 0 ? name : path + "." + name;
                    var value = ReadValue(ref reader, childPath, duplicates);
                    if (obj.ContainsKey(name))
                    {
                        duplicates?.Add(childPath);
                        obj.Remove(name);
                    }

                    obj[name] = value;
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonArray();
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Add(ReadValue(ref reader, $"{path}[{index}]", duplicates));
                    index++;
                }

                return array;
            case JsonTokenType.String:
                return JsonValue.Create(reader.GetString());
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var integer) ? JsonValue.Create(integer) : JsonValue.Create(reader.GetDouble());
            case JsonTokenType.True:
                return JsonValue.Create(true);
            case JsonTokenType.False:
                return JsonValue.Create(false);
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"unexpected token {reader.TokenType}");
        }
    }
}
