using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Protobuf;
using KubeSharp.Api.Scheme;
using KubeSharp.Api.Serialization;
using KubeSharp.Api.Tests.Corpus;
using KubeSharp.Api.Tests.Properties;

namespace KubeSharp.Api.Tests.Protobuf;

public sealed class ProtoFieldRegistryTests
{
    /// <summary>Every spec names real properties with sound numbers (a typo would otherwise fail only at start-up).</summary>
    [Fact]
    public void CreateRegistry_EverySpec_IsValid()
    {
        var registry = KubeProtobuf.CreateRegistry(collectProblems: true);

        Assert.True(registry.Problems.Count == 0, string.Join("\n", registry.Problems));
    }

    /// <summary>A declared type has a number for every property, so decoding it can drop nothing the client sent.</summary>
    [Fact]
    public void CreateRegistry_EveryDeclaredType_HasEveryPropertyNumbered()
    {
        var missing = KubeProtobuf.Fields.Messages
            .SelectMany(message => KubeProtobuf.Fields.Undeclared(message.Type).Select(name => $"{message.Type.Name}.{name}"))
            .ToList();

        Assert.True(missing.Count == 0, "without a field number: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("name=1 name=1", "declared twice")]
    [InlineData("nosuch=1", "no settable JSON property")]
    [InlineData("name", "malformed")]
    [InlineData("name=0", "malformed")]
    [InlineData("name=1.2.3", "malformed")]
    public void Add_BadSpec_Throws(string spec, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new ProtoFieldRegistry().Add<LocalObjectReference>(spec));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> DeclaredKinds()
    {
        var data = new TheoryData<string>();
        foreach (var mapping in KubeScheme.Default.Mappings.DistinctBy(mapping => mapping.Kind))
        {
            if (KubeProtobuf.Fields.Find(mapping.Type) is not null)
            {
                data.Add(mapping.Kind.ToString());
            }
        }

        return data;
    }

    /// <summary>Random objects of every kind with field numbers survive encode → decode unchanged (values are non-zero, so go-to-protobuf's "zero means unset" rule does not apply).</summary>
    [Theory]
    [MemberData(nameof(DeclaredKinds))]
    public void EncodeThenDecode_RandomObject_IsUnchanged(string kind)
    {
        var mapping = KubeScheme.Default.Mappings.First(entry => entry.Kind.ToString() == kind);
        var typeInfo = KubeJson.Options.GetTypeInfo(mapping.Type);
        for (var seed = 0; seed < 5; seed++)
        {
            var generator = new RandomObjectGenerator(seed, nonZero: true, include: type => KubeProtobuf.Fields.Find(type) is not null);
            var value = (KubeModel)generator.Create(mapping.Type);

            var body = KubeProtobuf.Encode(value, mapping.Kind.ApiVersion, mapping.Kind.Kind);
            var decoded = KubeProtobuf.Decode(body, KubeScheme.Default).Object;

            var expected = JsonNode.Parse(JsonSerializer.Serialize(value, typeInfo))!.AsObject();
            var actual = JsonNode.Parse(JsonSerializer.Serialize(decoded, typeInfo))!.AsObject();
            actual.Remove("apiVersion");
            actual.Remove("kind");

            // map keys come back sorted (as Go writes them), so compare trees, not text.
            var differences = JsonTreeDiff.Compare(expected, actual);
            Assert.True(differences.Count == 0, $"{kind} seed {seed}: {string.Join("\n", differences.Take(10))}");
        }
    }
}
