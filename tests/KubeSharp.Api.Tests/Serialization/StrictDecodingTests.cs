using System.Text;
using KubeSharp.Api.ApiExtensions.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Serialization;

public sealed class StrictDecodingTests
{
    [Theory]
    [InlineData("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"k":"v"}}""", "")]
    [InlineData("""{"apiVersion":"v1","kind":"ConfigMap","foo":1}""", "unknown field \"foo\"")]
    [InlineData("""{"metadata":{"name":"a","nmae":"b"}}""", "unknown field \"metadata.nmae\"")]
    [InlineData("""{"Metadata":{}}""", "unknown field \"Metadata\"")]
    [InlineData("""{"metadata":{"name":"a","name":"b"}}""", "duplicate field \"metadata.name\"")]
    [InlineData("""{"data":{"k":"1","k":"2"}}""", "duplicate field \"data.k\"")]
    [InlineData("""{"metadata":{"ownerReferences":[{"name":"a"},{"name":"b","uuid":"x"}]}}""", "unknown field \"metadata.ownerReferences[1].uuid\"")]
    [InlineData("""{"zeta":1,"metadata":{"alpha":2},"beta":3}""", "unknown field \"zeta\"|unknown field \"metadata.alpha\"|unknown field \"beta\"")]
    [InlineData("""{"foo":1,"foo":2}""", "unknown field \"foo\"")]
    [InlineData("""{"metadata":{"managedFields":[{"fieldsV1":{"f:anything":{}}}]}}""", "")]
    [InlineData("""{"metadata":{"name":5}}""", "")]
    public void FindErrors_ConfigMap_ListsUpstreamTextsInDocumentOrder(string json, string expected)
    {
        var errors = StrictDecoding.FindErrors(Encoding.UTF8.GetBytes(json), typeof(ConfigMap));

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), errors.Select(error => error.ToString()));
    }

    [Fact]
    public void FindErrors_NestedListsAndMaps_UseDotsAndIndexes()
    {
        const string Json = """
            {"spec":{"group":"example.com","versions":[{"name":"v1"},{"name":"v2","schema":{"openAPIV3Schema":{
              "type":"object","properties":{"spec":{"type":"object","typo":true}},
              "additionalProperties":{"type":"string","bogus":1},
              "items":[{"type":"string","oops":1}]}}}]}}
            """;

        var errors = StrictDecoding.FindErrors(Encoding.UTF8.GetBytes(Json), typeof(CustomResourceDefinition));

        Assert.Equal(
            [
                "unknown field \"spec.versions[1].schema.openAPIV3Schema.properties.spec.typo\"",
                "unknown field \"spec.versions[1].schema.openAPIV3Schema.additionalProperties.bogus\"",
                "unknown field \"spec.versions[1].schema.openAPIV3Schema.items[0].oops\"",
            ],
            errors.Select(error => error.ToString()));
    }

    [Fact]
    public void FindErrors_ManyUnknownFields_CappedAtOneHundred()
    {
        var json = "{" + string.Join(",", Enumerable.Range(0, 150).Select(i => $"\"f{i}\":{i}")) + "}";

        var errors = StrictDecoding.FindErrors(Encoding.UTF8.GetBytes(json), typeof(ConfigMap));

        Assert.Equal(StrictDecoding.MaxErrors, errors.Count);
    }

    [Fact]
    public void FormatMessage_SeveralErrors_JoinsAsUpstream()
    {
        var errors = StrictDecoding.FindErrors("""{"a":1,"metadata":{"b":2,"name":"x","name":"y"}}"""u8, typeof(ConfigMap));

        Assert.Equal(
            "strict decoding error: unknown field \"a\", unknown field \"metadata.b\", duplicate field \"metadata.name\"",
            StrictDecoding.FormatMessage(errors));
    }

    [Fact]
    public void FindErrors_MalformedJson_Throws()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => StrictDecoding.FindErrors("""{"a":"""u8, typeof(ConfigMap)));
    }

    [Fact]
    public void StrictFieldError_PathWithQuotes_IsGoQuoted()
    {
        Assert.Equal("unknown field \"a\\\"b\\n\"", new StrictFieldError(StrictFieldErrorType.Unknown, "a\"b\n").ToString());
    }
}
