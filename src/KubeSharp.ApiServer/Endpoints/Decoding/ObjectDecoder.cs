using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api;
using KubeSharp.Api.Scheme;
using KubeSharp.Api.Serialization;

namespace KubeSharp.ApiServer.Endpoints.Decoding;

/// <summary>
/// Turns a request body into the object to store, as upstream's decoder and field validation do: missing
/// apiVersion and kind default to the endpoint's; a different kind or version is refused; built-in kinds are
/// decoded through their C# type, which checks every field's type and canonicalises values (quantities, times);
/// unknown and duplicate fields are refused, warned about or dropped per <see cref="FieldValidation"/>.
/// </summary>
public static class ObjectDecoder
{
    public static JsonObject Decode(ReadOnlySpan<byte> body, ResourceMapping mapping, FieldValidation validation, bool typed, List<string> warnings)
    {
        var duplicates = new List<string>();
        JsonNode? node;
        try
        {
            node = JsonTreeReader.Parse(body, duplicates);
        }
        catch (JsonException error)
        {
            throw StatusError.BadRequest($"the body of the request was in an unknown format - {Describe(error)}");
        }

        if (node is not JsonObject obj)
        {
            throw StatusError.BadRequest($"the body of the request was not a JSON object: {KindOf(node)}");
        }

        CheckTypeMeta(obj, mapping);
        var problems = new List<string>();
        foreach (var duplicate in duplicates)
        {
            problems.Add($"duplicate field \"{duplicate}\"");
        }

        if (typed && KubeJsonContext.Default.GetTypeInfo(mapping.Type) is { } typeInfo)
        {
            object? model;
            try
            {
                model = obj.Deserialize(typeInfo);
            }
            catch (JsonException error)
            {
                throw StatusError.BadRequest($"{mapping.Kind.Kind} in version \"{mapping.Kind.Version}\" cannot be handled as a {mapping.Kind.Kind}: {Describe(error)}");
            }
            catch (Exception error) when (error is FormatException or InvalidOperationException or OverflowException or ArgumentException)
            {
                throw StatusError.BadRequest($"{mapping.Kind.Kind} in version \"{mapping.Kind.Version}\" cannot be handled as a {mapping.Kind.Kind}: {error.Message}");
            }

            if (model is not KubeModel kubeModel)
            {
                throw StatusError.BadRequest($"{mapping.Kind.Kind} in version \"{mapping.Kind.Version}\" cannot be handled as a {mapping.Kind.Kind}: the body is null");
            }

            var unknownFields = UnknownFieldWalker.Collect(kubeModel, prune: true);
            if (unknownFields.Count > 0)
            {
                // Report in document order, as upstream's decoder meets them.
                var order = DocumentOrder(obj);
                foreach (var unknown in unknownFields.OrderBy(p => order.GetValueOrDefault(p, int.MaxValue)))
                {
                    problems.Add($"unknown field \"{unknown}\"");
                }
            }

            obj = (JsonObject)JsonSerializer.SerializeToNode(kubeModel, typeInfo)!;
        }

        Report(problems, validation, warnings);
        return obj;
    }

    /// <summary>Applies the directive to what decoding found: Strict refuses, Warn adds warnings, Ignore drops.</summary>
    public static void Report(List<string> problems, FieldValidation validation, List<string> warnings)
    {
        if (problems.Count == 0)
        {
            return;
        }

        switch (validation)
        {
            case FieldValidation.Strict:
                throw StatusError.BadRequest("strict decoding error: " + string.Join(", ", problems));
            case FieldValidation.Warn:
                warnings.AddRange(problems);
                break;
        }
    }

    /// <summary>
    /// apiVersion and kind default to the endpoint's; when given they must be the endpoint's (upstream decodes into
    /// the endpoint's kind and refuses anything else).
    /// </summary>
    public static void CheckTypeMeta(JsonObject obj, ResourceMapping mapping)
    {
        var apiVersion = obj["apiVersion"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : "";
        var kind = obj["kind"] is JsonValue k && k.TryGetValue<string>(out var kindText) ? kindText : "";
        var expected = mapping.Kind;
        if (apiVersion.Length > 0 && apiVersion != expected.ApiVersion)
        {
            throw StatusError.BadRequest($"the API version in the data ({apiVersion}) does not match the expected API version ({expected.ApiVersion})");
        }

        if (kind.Length > 0 && kind != expected.Kind)
        {
            throw StatusError.BadRequest($"{kind} in version \"{expected.Version}\" cannot be handled as a {expected.Kind}: the kind in the data ({kind}) does not match the expected kind ({expected.Kind})");
        }

        // Keep apiVersion and kind first, as upstream writes them.
        obj.Remove("apiVersion");
        obj.Remove("kind");
        var rest = obj.ToList();
        obj.Clear();
        obj["apiVersion"] = expected.ApiVersion;
        obj["kind"] = expected.Kind;
        foreach (var (name, value) in rest)
        {
            obj[name] = value;
        }
    }

    /// <summary>Every path of a tree, numbered in document order.</summary>
    private static Dictionary<string, int> DocumentOrder(JsonNode root)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        void Visit(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, child) in obj)
                    {
                        var childPath = path.Length == 0 ? name : path + "." + name;
                        order.TryAdd(childPath, order.Count);
                        Visit(child, childPath);
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Visit(array[i], $"{path}[{i}]");
                    }

                    break;
            }
        }

        Visit(root, "");
        return order;
    }

    private static string Describe(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static string KindOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "an array",
        _ => "a " + node.GetValueKind().ToString().ToLowerInvariant(),
    };

    /// <summary>Text for logs: a body as UTF-8, cut short.</summary>
    public static string Preview(ReadOnlySpan<byte> body) => Encoding.UTF8.GetString(body[..Math.Min(body.Length, 200)]);
}
