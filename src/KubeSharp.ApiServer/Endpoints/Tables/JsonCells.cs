using System.Globalization;
using System.Text.Json.Nodes;

namespace KubeSharp.ApiServer.Endpoints.Tables;

/// <summary>Reading printer inputs from an object's JSON tree: missing values read as empty or zero, as Go's zero values.</summary>
public static class JsonCells
{
    public static JsonNode? At(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject obj ? obj[name] : null;
        }

        return node;
    }

    public static string Str(JsonNode? node, params string[] path) =>
        At(node, path) is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";

    public static long Int(JsonNode? node, params string[] path) =>
        At(node, path) is JsonValue value && value.TryGetValue<long>(out var number) ? number : 0;

    public static long? IntOrNull(JsonNode? node, params string[] path) =>
        At(node, path) is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    public static bool? BoolOrNull(JsonNode? node, params string[] path) =>
        At(node, path) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static IList<JsonNode?> Array(JsonNode? node, params string[] path) =>
        At(node, path) is JsonArray array ? array : [];

    public static int Count(JsonNode? node, params string[] path) => At(node, path) switch
    {
        JsonArray array => array.Count,
        JsonObject obj => obj.Count,
        _ => 0,
    };

    /// <summary>Upstream's labels.FormatLabels: <c>k=v</c> pairs sorted by key, comma-joined; <c>&lt;none&gt;</c> when empty.</summary>
    public static string FormatLabels(JsonNode? map)
    {
        if (map is not JsonObject obj || obj.Count == 0)
        {
            return "<none>";
        }

        return string.Join(",", obj.Select(p => (p.Key, Value: p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : ""))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
    }

    /// <summary>
    /// A metav1.LabelSelector as upstream prints it (LabelSelectorAsSelector(...).String()): matchLabels as <c>k=v</c>,
    /// expressions as <c>k in (a,b)</c>, <c>k notin (a)</c>, <c>k</c>, <c>!k</c>, sorted by key; <c>&lt;none&gt;</c> for none.
    /// </summary>
    public static string FormatSelector(JsonNode? selector)
    {
        if (selector is not JsonObject obj)
        {
            return "<none>";
        }

        var requirements = new List<(string Key, string Text)>();
        if (obj["matchLabels"] is JsonObject labels)
        {
            foreach (var (key, value) in labels)
            {
                requirements.Add((key, key + "=" + (value is JsonValue v && v.TryGetValue<string>(out var s) ? s : "")));
            }
        }

        foreach (var expression in Array(obj, "matchExpressions"))
        {
            var key = Str(expression, "key");
            var values = Array(expression, "values").Select(v => v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : "").Order(StringComparer.Ordinal);
            var text = Str(expression, "operator") switch
            {
                "In" => $"{key} in ({string.Join(",", values)})",
                "NotIn" => $"{key} notin ({string.Join(",", values)})",
                "Exists" => key,
                "DoesNotExist" => "!" + key,
                _ => key,
            };
            requirements.Add((key, text));
        }

        if (requirements.Count == 0)
        {
            // An empty selector selects everything; upstream prints it as an empty string.
            return "";
        }

        return string.Join(",", requirements.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Text));
    }

    /// <summary>The names and images of a pod template's (or pod spec's) containers, comma-joined, as upstream's layoutContainerCells.</summary>
    public static (string Names, string Images) Containers(JsonNode? podSpec)
    {
        var containers = Array(podSpec, "containers");
        return (string.Join(",", containers.Select(c => Str(c, "name"))), string.Join(",", containers.Select(c => Str(c, "image"))));
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
