using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// YAML in and out for API objects, through the JSON model so both formats share one set of rules (as
/// upstream's sigs.k8s.io/yaml does). Reading types unquoted scalars as go-yaml v2 does for kubectl
/// manifests (YAML 1.1: <c>yes</c>/<c>on</c> are booleans, <c>010</c> is octal, quoted text is always a
/// string); writing prints what kubectl prints (see <see cref="YamlWriter"/>). Multi-document streams are
/// split on <c>---</c>; empty documents are skipped, as kubectl skips them.
/// </summary>
public static class KubeYaml
{
    /// <summary>Every non-empty document of a YAML stream, as JSON trees.</summary>
    /// <exception cref="FormatException">malformed YAML, worded as go-yaml ("yaml: line 3: …").</exception>
    public static IReadOnlyList<JsonNode> ReadDocuments(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        using var reader = new StringReader(yaml);
        return ReadDocuments(reader);
    }

    /// <inheritdoc cref="ReadDocuments(string)"/>
    public static IReadOnlyList<JsonNode> ReadDocuments(TextReader yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var documents = new List<JsonNode>();
        foreach (var document in YamlReader.ReadAll(yaml))
        {
            if (document is not null)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    /// <summary>A single YAML document as a JSON tree (null for an empty document).</summary>
    /// <exception cref="FormatException">malformed YAML, or more than one document.</exception>
    public static JsonNode? ToJsonNode(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        using var reader = new StringReader(yaml);
        var documents = YamlReader.ReadAll(reader);
        return documents.Count switch
        {
            0 => null,
            1 => documents[0],
            _ => throw new FormatException($"expected a single YAML document, found {documents.Count}"),
        };
    }

    /// <summary>A single YAML document as compact JSON text ("null" for an empty document).</summary>
    public static string ToJson(string yaml) => ToJsonNode(yaml)?.ToJsonString() ?? "null";

    /// <summary>A JSON tree as a YAML document.</summary>
    public static string FromJsonNode(JsonNode? node)
    {
        var output = new StringBuilder();
        YamlWriter.WriteDocument(node, output);
        return output.ToString();
    }

    /// <summary>JSON text as a YAML document.</summary>
    /// <exception cref="JsonException">when the text is not JSON.</exception>
    public static string FromJson(string json) => FromJsonNode(JsonNode.Parse(json));

    /// <summary>Several documents as one stream separated by <c>---</c>, as kubectl prints several objects.</summary>
    public static string WriteDocuments(IEnumerable<JsonNode?> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var output = new StringBuilder();
        var first = true;
        foreach (var document in documents)
        {
            if (!first)
            {
                output.Append("---\n");
            }

            first = false;
            YamlWriter.WriteDocument(document, output);
        }

        return output.ToString();
    }

    /// <summary>An API object as YAML, through its JSON form.</summary>
    public static string Serialize<T>(T value) => FromJsonNode(JsonNode.Parse(KubeJson.SerializeToUtf8Bytes(value)));

    /// <summary>A single YAML document decoded to an API type through its JSON form (unknown fields kept, as from JSON).</summary>
    public static T? Deserialize<T>(string yaml)
    {
        var node = ToJsonNode(yaml);
        return node is null ? default : KubeJson.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(node, KubeJsonContext.Default.JsonNode));
    }

    /// <summary>The UTF-8 JSON of a tree, for handing YAML input to anything that reads JSON (KubeJson, StrictDecoding, KubeScheme).</summary>
    public static byte[] ToUtf8Json(JsonNode? node) => JsonSerializer.SerializeToUtf8Bytes(node, KubeJsonContext.Default.JsonNode);
}
