using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// Turns a YAML stream into JSON trees, one per document, as sigs.k8s.io/yaml's YAMLToJSON does over go-yaml
/// v2: unquoted scalars are typed by <see cref="YamlScalarResolver"/>, quoted and block scalars are strings,
/// map keys become strings, anchors and aliases are expanded, and <c>&lt;&lt;</c> merges mappings.
/// </summary>
internal sealed class YamlReader
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    private readonly Parser _parser;
    private readonly Dictionary<string, JsonNode?> _anchors = new(StringComparer.Ordinal);

    private YamlReader(TextReader input) => _parser = new Parser(input);

    /// <summary>Every document of the stream, in order; an empty document is null.</summary>
    public static List<JsonNode?> ReadAll(TextReader input)
    {
        var reader = new YamlReader(input);
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException e)
        {
            // go-yaml's wording: "yaml: line N: <problem>".
            throw new FormatException($"yaml: line {e.Start.Line}: {Describe(e)}", e);
        }
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }

    private List<JsonNode?> ReadStream()
    {
        var documents = new List<JsonNode?>();
        _parser.Consume<StreamStart>();
        while (_parser.TryConsume<DocumentStart>(out _))
        {
            _anchors.Clear();
            documents.Add(ReadNode());
            _parser.Consume<DocumentEnd>();
        }

        _parser.Consume<StreamEnd>();
        return documents;
    }

    private JsonNode? ReadNode()
    {
        if (_parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new FormatException($"yaml: line {alias.Start.Line}: unknown anchor '{alias.Value.Value}' referenced");
            }

            return target?.DeepClone();
        }

        if (_parser.TryConsume<Scalar>(out var scalar))
        {
            var value = ReadScalar(scalar);
            Remember(scalar.Anchor, value);
            return value;
        }

        if (_parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var array = new JsonArray();
            while (!_parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(ReadNode());
            }

            Remember(sequenceStart.Anchor, array);
            return array;
        }

        var mappingStart = _parser.Consume<MappingStart>();
        var map = new JsonObject();
        var merged = new List<JsonObject>();
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = _parser.Current!;
            var key = ReadNode();
            var value = ReadNode();
            if (keyEvent is Scalar { Style: ScalarStyle.Plain } keyScalar && keyScalar.Tag.IsEmpty && keyScalar.Value == "<<")
            {
                CollectMerge(value, merged, keyEvent.Start.Line);
                continue;
            }

            map[KeyText(key, keyEvent.Start.Line)] = value;
        }

        // Merged keys fill in what the mapping does not set itself; earlier sources win, as in go-yaml.
        foreach (var source in merged)
        {
            foreach (var (name, value) in source)
            {
                if (!map.ContainsKey(name))
                {
                    map[name] = value?.DeepClone();
                }
            }
        }

        Remember(mappingStart.Anchor, map);
        return map;
    }

    private static void CollectMerge(JsonNode? value, List<JsonObject> merged, long line)
    {
        switch (value)
        {
            case JsonObject source:
                merged.Add(source);
                break;
            case JsonArray sources when sources.All(item => item is JsonObject):
                merged.AddRange(sources.Cast<JsonObject>());
                break;
            default:
                throw new FormatException($"yaml: line {line}: map merge requires map or sequence of maps as the value");
        }
    }

    /// <summary>A key as sigs.k8s.io/yaml writes it into JSON: strings as they are, other scalars as their text.</summary>
    private static string KeyText(JsonNode? key, long line) => key switch
    {
        null => "null",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<bool>(out var boolean) => boolean ? "true" : "false",
        JsonValue value => value.ToJsonString(),
        _ => throw new FormatException($"yaml: line {line}: a mapping key must be a scalar"),
    };

    private void Remember(AnchorName anchor, JsonNode? value)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = value?.DeepClone();
        }
    }

    private static JsonValue? ReadScalar(Scalar scalar)
    {
        var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? "" : scalar.Tag.Value;
        if (tag.Length == 0 && scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(scalar.Value);
        }

        switch (tag)
        {
            case TagPrefix + "str" or TagPrefix + "binary" or TagPrefix + "timestamp":
                return JsonValue.Create(scalar.Value);
            case "" or TagPrefix + "int" or TagPrefix + "float" or TagPrefix + "bool" or TagPrefix + "null":
                break;
            default:
                // An application tag: go-yaml types the value as if untagged.
                break;
        }

        var kind = YamlScalarResolver.Resolve(scalar.Value, out var boolean, out var integer, out var real);
        return kind switch
        {
            YamlScalarKind.Null => null,
            YamlScalarKind.Bool => JsonValue.Create(boolean),
            YamlScalarKind.Int => Integer(integer),
            YamlScalarKind.Float when double.IsFinite(real) => JsonValue.Create(real),
            YamlScalarKind.Float => throw new FormatException($"json: unsupported value: {(double.IsNaN(real) ? "NaN" : real > 0 ? "+Inf" : "-Inf")}"),
            _ => JsonValue.Create(scalar.Value),
        };
    }

    private static JsonValue Integer(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue
            ? JsonValue.Create((long)value)
            : JsonValue.Create(ulong.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
}
