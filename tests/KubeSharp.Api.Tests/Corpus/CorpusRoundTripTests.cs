using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Corpus;

/// <summary>
/// Every manifest under Corpus/&lt;group&gt;/ decodes into its typed kind and encodes back to the identical JSON
/// tree, zero values included, without any field landing in <see cref="KubeModel.UnknownFields"/> (which would
/// make the round trip pass while the type silently lacks the field).
/// </summary>
public sealed class CorpusRoundTripTests
{
    public static TheoryData<string> Manifests()
    {
        var data = new TheoryData<string>();
        foreach (var path in CorpusFiles.All())
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Manifest_RoundTrip_IsIdenticalJsonTree(string relativePath)
    {
        var original = CorpusFiles.Load(relativePath);
        var type = KindRegistry.Resolve(original);
        var typeInfo = KubeJson.Options.GetTypeInfo(type);

        var decoded = JsonSerializer.Deserialize(original.ToJsonString(), typeInfo);
        Assert.NotNull(decoded);
        var unknown = UnknownFieldFinder.Find(decoded);
        Assert.True(unknown.Count == 0, $"{relativePath}: fields the types do not define: {string.Join(", ", unknown)}");

        var encoded = JsonNode.Parse(JsonSerializer.Serialize(decoded, typeInfo));
        var differences = JsonTreeDiff.Compare(original, encoded);
        Assert.True(differences.Count == 0, $"{relativePath} changed in the round trip:\n{string.Join("\n", differences)}");
    }
}
