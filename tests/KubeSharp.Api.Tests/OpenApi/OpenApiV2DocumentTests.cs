using System.Text;
using System.Text.Json.Nodes;
using KubeSharp.Api.OpenApi;
using KubeSharp.Api.Protobuf;

namespace KubeSharp.Api.Tests.OpenApi;

public sealed class OpenApiV2DocumentTests
{
    /// <summary>The gnostic openapi.v2.Document fields kubectl 1.27/1.28 parse: swagger = 1, info = 2 (title 1, version 2), paths = 8, definitions = 9.</summary>
    [Fact]
    public void Protobuf_MinimalDocument_HasGnosticFieldNumbers()
    {
        var fields = new Dictionary<int, byte[]>();
        var reader = new ProtoReader(OpenApiV2Document.Protobuf("v1.33.1"));
        while (!reader.End)
        {
            var (field, wireType) = reader.ReadTag();
            Assert.Equal(ProtoWireType.LengthDelimited, wireType);
            fields[field] = reader.ReadLengthDelimited().ToArray();
        }

        Assert.Equal("2.0", Encoding.UTF8.GetString(fields[1]));
        Assert.Equal([1, 2, 8, 9], fields.Keys.Order());
        var info = new ProtoReader(fields[2]);
        Assert.Equal((1, ProtoWireType.LengthDelimited), info.ReadTag());
        Assert.Equal("Kubernetes", Encoding.UTF8.GetString(info.ReadLengthDelimited()));
        Assert.Equal((2, ProtoWireType.LengthDelimited), info.ReadTag());
        Assert.Equal("v1.33.1", Encoding.UTF8.GetString(info.ReadLengthDelimited()));
    }

    [Fact]
    public void Json_MinimalDocument_IsSwagger2()
    {
        var document = JsonNode.Parse(OpenApiV2Document.Json("v1.33.1"))!;

        Assert.Equal("2.0", document["swagger"]!.GetValue<string>());
        Assert.Equal("v1.33.1", document["info"]!["version"]!.GetValue<string>());
        Assert.Empty(document["definitions"]!.AsObject());
    }
}
