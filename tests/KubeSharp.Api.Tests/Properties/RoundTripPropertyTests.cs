using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Scheme;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Properties;

/// <summary>
/// For every kind registered in the Scheme (so kinds are covered as they land), random fully populated objects
/// survive serialize → deserialize → serialize: every property the generator set appears in the JSON, nothing
/// lands in UnknownFields on the way back (a misnamed property would), the second encoding is byte-identical to
/// the first, and the JSON survives a trip through YAML.
/// </summary>
public sealed class RoundTripPropertyTests
{
    private const int Iterations = 3;

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var mapping in KubeScheme.Default.Mappings.DistinctBy(mapping => mapping.Kind))
        {
            data.Add(mapping.Kind.ToString());
        }

        return data;
    }

    [Fact]
    public void Kinds_CoverEveryRegisteredMapping()
    {
        var count = KubeScheme.Default.Mappings.DistinctBy(mapping => mapping.Kind).Count();

        // 59 kinds were registered when this test was written; fewer means registrations were lost.
        Assert.True(count >= 59, $"only {count} kinds registered");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void RandomObject_RoundTrip_LosesNothingAndIsStable(string kind)
    {
        var mapping = KubeScheme.Default.Mappings.First(entry => entry.Kind.ToString() == kind);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var seed = StableSeed(kind) + iteration;
            AssertRoundTrip(mapping.Type, mapping, seed);
            if (mapping.ListType is { } listType)
            {
                AssertRoundTrip(listType, mapping, seed);
            }
        }
    }

    [Fact]
    public void Generator_UnsetProperty_IsReportedWithItsPath()
    {
        var pod = new Pod();

        var missing = new List<string>();
        CheckPresence(pod, KubeJson.Options.GetTypeInfo(typeof(Pod)), new JsonObject(), "", missing, new HashSet<Type>());

        Assert.Contains("metadata", missing);
        Assert.Contains("spec", missing);
    }

    private static void AssertRoundTrip(Type type, ResourceMapping mapping, int seed)
    {
        var generator = new RandomObjectGenerator(seed);
        var value = generator.Create(type);
        var typeInfo = KubeJson.Options.GetTypeInfo(type);
        SetTypeMeta(value, mapping, type == mapping.ListType);
        var context = $"{type.Name} ({mapping.Kind}) seed {seed}";

        var first = JsonSerializer.Serialize(value, typeInfo);
        var tree = JsonNode.Parse(first)!;
        var missing = new List<string>();
        CheckPresence(value, typeInfo, tree, "", missing, generator.CutTypes);
        Assert.True(missing.Count == 0, $"{context}: properties set but not encoded (or never set by the generator): {string.Join(", ", missing.Take(20))}");

        var decoded = (KubeModel)JsonSerializer.Deserialize(first, typeInfo)!;
        var unknown = UnknownFields.Find(decoded);
        Assert.True(unknown.Count == 0, $"{context}: encoded fields the type does not read back: {string.Join(", ", unknown.Take(20))}");

        var second = JsonSerializer.Serialize(decoded, typeInfo);
        Assert.True(first == second, $"{context}: second encoding differs at {FirstDifference(first, second)}");
        Assert.Equal(first, JsonSerializer.Serialize(value, typeInfo));

        var throughYaml = KubeYaml.ToJsonNode(KubeYaml.FromJson(first));
        Assert.True(JsonNode.DeepEquals(tree, throughYaml), $"{context}: the YAML form reads back differently");
    }

    private static void SetTypeMeta(object value, ResourceMapping mapping, bool isList)
    {
        var apiVersion = mapping.Kind.ApiVersion;
        var kind = isList ? mapping.ListKind.Kind : mapping.Kind.Kind;
        var typeInfo = KubeJson.Options.GetTypeInfo(value.GetType());
        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is not null && property.PropertyType == typeof(string))
            {
                if (property.Name == "apiVersion")
                {
                    property.Set(value, apiVersion);
                }
                else if (property.Name == "kind")
                {
                    property.Set(value, kind);
                }
            }
        }
    }

    /// <summary>Every settable property must hold a value (the generator's promise) and be present in the JSON.</summary>
    private static void CheckPresence(object value, JsonTypeInfo typeInfo, JsonNode? node, string path, List<string> missing, IReadOnlySet<Type> cut)
    {
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in typeInfo.Properties)
                {
                    if (property.Set is null || property.Get is null || property.IsExtensionData)
                    {
                        continue;
                    }

                    var propertyPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    var propertyValue = property.Get(value);
                    if (propertyValue is null && cut.Contains(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType))
                    {
                        // the generator stops recursive types (JSONSchemaProps) after a few levels.
                        continue;
                    }

                    if (propertyValue is null || node is not JsonObject obj || !obj.TryGetPropertyValue(property.Name, out var child))
                    {
                        missing.Add(propertyPath);
                        continue;
                    }

                    CheckPresence(propertyValue, property.PropertyType == typeof(object) ? typeInfo : KubeJson.Options.GetTypeInfo(propertyValue.GetType()), child, propertyPath, missing, cut);
                }

                break;
            case JsonTypeInfoKind.Enumerable when value is IList list && node is JsonArray array:
                var elementInfo = KubeJson.Options.GetTypeInfo(typeInfo.ElementType!);
                for (var i = 0; i < list.Count; i++)
                {
                    CheckPresence(list[i]!, elementInfo, i < array.Count ? array[i] : null, $"{path}[{i}]", missing, cut);
                }

                break;
            case JsonTypeInfoKind.Dictionary when value is IDictionary map && node is JsonObject mapNode:
                var valueInfo = KubeJson.Options.GetTypeInfo(typeInfo.ElementType!);
                foreach (DictionaryEntry entry in map)
                {
                    var key = (string)entry.Key;
                    CheckPresence(entry.Value!, valueInfo, mapNode[key], $"{path}[{key}]", missing, cut);
                }

                break;
        }
    }

    private static string FirstDifference(string first, string second)
    {
        var index = 0;
        while (index < first.Length && index < second.Length && first[index] == second[index])
        {
            index++;
        }

        var start = Math.Max(0, index - 60);
        return $"offset {index}: …{first[start..Math.Min(first.Length, index + 60)]}… vs …{second[start..Math.Min(second.Length, index + 60)]}…";
    }

    private static int StableSeed(string text)
    {
        var hash = 17;
        foreach (var character in text)
        {
            hash = unchecked((hash * 31) + character);
        }

        return hash & 0x7fffffff;
    }
}
