using System.Text.Json.Nodes;

namespace KubeSharp.Machinery.Tests;

/// <summary>Compares JSON documents structurally and prints both sides on failure.</summary>
internal static class JsonAssert
{
    public static void Equal(string expectedJson, JsonNode? actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail($"JSON differs.\nexpected: {expected?.ToJsonString()}\nactual:   {actual?.ToJsonString()}");
        }
    }

    public static JsonNode Parse(string json) => JsonNode.Parse(json)!;
}
