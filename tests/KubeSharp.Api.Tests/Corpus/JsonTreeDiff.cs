using System.Text.Json.Nodes;

namespace KubeSharp.Api.Tests.Corpus;

/// <summary>Lists where two JSON trees differ, one line per path, so a failing round trip says what changed.</summary>
internal static class JsonTreeDiff
{
    public static List<string> Compare(JsonNode? expected, JsonNode? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var (name, value) in e)
                {
                    if (!a.TryGetPropertyValue(name, out var other))
                    {
                        differences.Add($"{path}.{name}: dropped (was {Text(value)})");
                    }
                    else
                    {
                        Compare(value, other, $"{path}.{name}", differences);
                    }
                }

                foreach (var (name, value) in a)
                {
                    if (!e.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name}: added {Text(value)}");
                    }
                }

                break;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    differences.Add($"{path}: {e.Count} elements became {a.Count}");
                }

                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]", differences);
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"{path}: {Text(expected)} became {Text(actual)}");
                }

                break;
        }
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}
